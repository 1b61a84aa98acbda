package qc.trousse.ui.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeImage;
import qc.trousse.posts.CardSize;
import qc.trousse.posts.ImageCard;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostsExport;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.work.WholeFile;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The image card of a message, in its network's size: previewed in the screen, saved as a PNG. */
public final class CardModel {
    static final FileType PNG = new FileType("posts.file.png", List.of("*.png"));
    private final PostService posts;
    private final DialogService dialogs;
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<CardSize> size = new SimpleObjectProperty<>(CardSize.SQUARE);
    private Long draftFor;
    private qc.trousse.posts.Network networkFor;

    CardModel(PostService posts, DialogService dialogs) {
        this.posts = posts;
        this.dialogs = dialogs;
    }

    public StringProperty message() {
        return message;
    }

    /** The card's size: the selected draft's network's preferred one, which the writer may change. */
    public ObjectProperty<CardSize> size() {
        return size;
    }

    public ObjectProperty<Image> preview() {
        return preview;
    }

    /**
     * The card follows the selected draft: its message and its network's preferred size when another draft is
     * chosen, the size again when the draft moves to another network; typing in the draft does not redraw it.
     */
    void follow(java.util.Optional<qc.trousse.posts.Draft> d) {
        Long id = d.map(qc.trousse.posts.Draft::id).orElse(null);
        qc.trousse.posts.Network network = d.map(qc.trousse.posts.Draft::network).orElse(null);
        boolean other = !java.util.Objects.equals(draftFor, id);
        if (!other && network == networkFor) {
            return;
        }
        if (other) {
            message.set(d.map(qc.trousse.posts.Draft::french).orElse(""));
        }
        draftFor = id;
        networkFor = network;
        if (network != null) {
            size.set(network.look().card());
        }
        if (preview.get() != null) {
            render();
        }
    }

    /** The card as drawn now; the campaign hashtag is left out of the message since the card shows it. */
    public BufferedImage render() {
        String hashtag = posts.campaign().hashtag();
        String text = message.get() == null ? "" : message.get().replace(hashtag, "").strip();
        OfficeImage logo = posts.office().profile().logo();
        BufferedImage image = ImageCard.render(new ImageCard.Content(text, hashtag, PostsExport.officeLine(posts),
                posts.campaign().edition().current(), logo == null ? null : logo.bytes()), size.get());
        preview.set(SwingFXUtils.toFXImage(image, null));
        return image;
    }

    public void save() {
        dialogs.saveFile(I18n.tr("posts.card.save"), "jps" + posts.campaign().yearText() + "-carte.png", List.of(PNG)).ifPresent(this::saveTo);
    }

    public boolean saveTo(Path file) {
        try {
            BufferedImage image = render();
            WholeFile.<RuntimeException>write(file, out -> ImageIO.write(image, "png", out));
            return true;
        } catch (IOException | RuntimeException e) {
            Failures.report(dialogs, I18n.tr("posts.card.save"),
                    I18n.tr("posts.cli.writeFailed", file, e.getMessage()), e);
            return false;
        }
    }
}
