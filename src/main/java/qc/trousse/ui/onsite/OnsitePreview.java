package qc.trousse.ui.onsite;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacters;
import qc.trousse.certificates.render.Paper;
import qc.trousse.ui.task.BackgroundExecutor;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The certificate as typed, the PDF page drawn off the FX thread. Keystrokes that arrive while it draws are
 * folded into one more drawing, asked of the screen again once this one is done (what is typed may be empty by then).
 */
final class OnsitePreview {
    private static final float DPI = 72;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> failed;
    private final Runnable again;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final StringProperty warnings = new SimpleStringProperty("");
    private boolean drawing;
    private boolean stale;

    /** What is drawn. */
    record Page(CertificateRenderer renderer, CertificateFields fields, Paper paper) {
    }

    OnsitePreview(BackgroundExecutor executor, Consumer<Throwable> failed, Runnable again) {
        this.executor = executor;
        this.failed = failed;
        this.again = again;
    }

    ObjectProperty<Image> image() {
        return image;
    }

    StringProperty warnings() {
        return warnings;
    }

    void clear() {
        image.set(null);
        warnings.set("");
    }

    /** Draws the page now, or asks for one more drawing when one is under way. */
    void draw(Supplier<Page> page) {
        // a supplier, so a page asked for while one is drawing costs nothing until it is drawn
        if (drawing) {
            stale = true;
            return;
        }
        drawing = true;
        stale = false;
        Page p = page.get();
        executor.submit(progress -> p.renderer().preview(p.fields(), p.paper(), DPI), shown -> {
            drawing = false;
            image.set(SwingFXUtils.toFXImage(shown.image(), null));
            warnings.set(String.join("\n", MissingCharacters.describe(shown.missing())));
            if (stale) {
                again.run();
            }
        }, e -> {
            drawing = false;
            failed.accept(e);
        });
    }
}
