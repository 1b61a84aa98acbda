package qc.trousse.ui.certificates;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacters;
import qc.trousse.certificates.render.Paper;
import qc.trousse.ui.task.BackgroundExecutor;

import java.util.List;
import java.util.function.Supplier;

/**
 * The certificate of the selected recipient, rendered off the FX thread by the code that writes the PDF: the
 * page itself turned into pixels. A change that arrives while it renders is folded into one more rendering.
 */
public final class RecipientPreviewModel {
    private static final float DPI = 60;
    private final Supplier<RecipientBatch> batches;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final StringProperty warnings = new SimpleStringProperty("");
    private Recipient recipient;
    private Paper paper = Paper.LETTER;
    private boolean rendering;
    private boolean stale;

    public RecipientPreviewModel(Supplier<RecipientBatch> batches, BackgroundExecutor executor) {
        this.batches = batches;
        this.executor = executor;
    }

    public ObjectProperty<Image> image() { return image; }

    /** What this certificate will leave out, naming the character. */
    public StringProperty warnings() { return warnings; }

    /** Shows this recipient's certificate, or nothing for null. */
    public void show(Recipient shown, Paper on) {
        recipient = shown;
        paper = on == null ? Paper.LETTER : on;
        refresh();
    }

    private void refresh() {
        if (recipient == null) {
            image.set(null);
            warnings.set("");
            return;
        }
        if (rendering) {
            stale = true;
            return;
        }
        rendering = true;
        stale = false;
        RecipientBatch batch = batches.get();
        CertificateFields fields = batch.fields(List.of(recipient)).get(0);
        CertificateRenderer renderer = batch.renderer();
        Paper p = paper;
        executor.submit(progress -> renderer.preview(fields, p, DPI), shown -> {
            rendering = false;
            image.set(SwingFXUtils.toFXImage(shown.image(), null));
            warnings.set(String.join("\n", MissingCharacters.describe(shown.missing())));
            if (stale) {
                refresh();
            }
        }, e -> {
            rendering = false;
            image.set(null);
            warnings.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        });
    }
}
