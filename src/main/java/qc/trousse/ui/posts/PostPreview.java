package qc.trousse.ui.posts;

import com.twitter.twittertext.Extractor;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A post as it will look on its network: the office's name and handle above the text, links, hashtags and
 * handles in the network's blue, and the network's own furniture (a square image for Instagram).
 */
final class PostPreview extends VBox {
    private static final Extractor EXTRACTOR = new Extractor();

    PostPreview() {
        super(8);
        setId("post-preview");
        getStyleClass().add("post-preview");
        setPrefWidth(360);
        setMinWidth(360);
        setVisible(false);
        setMaxWidth(360);
    }

    void show(Network network, String name, String handle, String text, Image card) {
        getChildren().clear();
        getStyleClass().removeIf(s -> s.startsWith("preview-"));
        setVisible(network != null);
        if (network == null) {
            return;
        }
        getStyleClass().add("preview-" + network.name().toLowerCase(Locale.ROOT));
        Label badge = new Label(network.label());
        badge.getStyleClass().add("network");
        Label who = new Label(name);
        who.getStyleClass().add("name");
        Label at = new Label(handle.equals(name) ? subtitle(network) : handle + " · " + subtitle(network));
        at.getStyleClass().add("handle");
        HBox head = new HBox(8, new Circle(18, javafx.scene.paint.Color.web("#1f7a3a")), new VBox(0, who, at));
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(badge, head);
        if (network == Network.INSTAGRAM && card != null) {
            ImageView image = new ImageView(card);
            image.setFitWidth(334);
            image.setPreserveRatio(true);
            getChildren().add(image);
        }
        TextFlow body = flow(text);
        body.setId("post-preview-text");
        body.setMaxWidth(334);
        getChildren().add(body);
        Label actions = new Label(I18n.tr("posts.preview.actions." + network.name()));
        actions.getStyleClass().add("preview-actions");
        getChildren().add(actions);
    }

    private static String subtitle(Network network) {
        return I18n.tr("posts.preview.when." + network.name());
    }

    /** The text with its URLs, hashtags and @handles coloured, as each network shows them. */
    private static TextFlow flow(String text) {
        List<Extractor.Entity> entities = new ArrayList<>(EXTRACTOR.extractEntitiesWithIndices(text));
        entities.sort(Comparator.comparingInt(Extractor.Entity::getStart));
        TextFlow flow = new TextFlow();
        int at = 0;
        for (Extractor.Entity e : entities) {
            if (e.getStart() < at) {
                continue;
            }
            flow.getChildren().add(new Text(text.substring(at, e.getStart())));
            Text link = new Text(text.substring(e.getStart(), e.getEnd()));
            link.getStyleClass().add("entity");
            flow.getChildren().add(link);
            at = e.getEnd();
        }
        flow.getChildren().add(new Text(text.substring(at)));
        return flow;
    }
}
