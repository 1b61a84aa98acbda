package qc.trousse.ui.certificates;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.render.Align;
import qc.trousse.certificates.render.Background;
import qc.trousse.certificates.render.Backgrounds;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.CertificateDesignService;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.certificates.render.FontRole;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The certificate designer: the official certificate as background, each field dragged into place and
 * styled. Every change is an undoable edit saved in the file; the preview is the PDF page of a sample.
 */
public final class DesignViewModel {
    static final FileType BACKGROUND = new FileType("file.type.background", List.of("*.pdf", "*.png", "*.jpg",
            "*.jpeg"));
    private final CertificateDesignService service;
    private final CertificateFieldsFactory factory;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final qc.trousse.campaign.Campaign campaign;
    private final ReadOnlyObjectWrapper<CertificateDesign> design = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty previewText = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<FieldId> selected = new SimpleObjectProperty<>(FieldId.NAME);
    private final Consumer<CertificateDesign> listener = d -> show(d);
    private boolean rendering;
    private boolean stale;

    public DesignViewModel(Session session, DialogService dialogs, BackgroundExecutor executor, Clock clock) {
        this.service = session.certificateDesign();
        this.factory = new CertificateFieldsFactory(session.office(), session.campaign());
        this.dialogs = dialogs;
        this.executor = executor;
        this.clock = clock;
        this.campaign = session.campaign();
        service.addListener(listener);
        show(service.design());
    }

    public ReadOnlyObjectProperty<CertificateDesign> design() { return design.getReadOnlyProperty(); }

    public ObjectProperty<Image> preview() { return preview; }

    /** The text of the page the preview shows: its date and hashtag are the file's edition's. */
    public javafx.beans.property.ReadOnlyStringProperty previewText() { return previewText; }

    public ObjectProperty<FieldId> selected() { return selected; }

    public FieldStyle selectedStyle() {
        return design.get().style(selected.get());
    }

    /** Places the field's top-left corner at these fractions of the page. */
    public void move(FieldId id, double x, double y) {
        service.updateField(id, design.get().style(id).movedTo(x, y));
    }

    public void setSize(float size) { restyle(s -> s.withSize(size)); }

    public void setColor(int rgb) { restyle(s -> s.withColor(rgb)); }

    public void setAlign(Align align) { restyle(s -> s.withAlign(align)); }

    public void setVisible(boolean visible) { restyle(s -> s.withVisible(visible)); }

    public void setFont(FontRole font) { restyle(s -> s.withFont(font)); }

    private void restyle(UnaryOperator<FieldStyle> change) {
        FieldId id = selected.get();
        service.updateField(id, change.apply(design.get().style(id)));
    }

    public void importBackground() {
        Optional<Path> file = dialogs.openFile(I18n.tr("design.importBackground"), List.of(BACKGROUND));
        if (file.isEmpty()) {
            return;
        }
        try {
            Backgrounds.Verdict verdict = Backgrounds.check(file.get());
            if (verdict.background().isEmpty()) {
                Failures.refuse(dialogs, I18n.tr("design.title"), I18n.tr(verdict.reasonKey(), verdict.reasonArgs()));
                return;
            }
            service.setBackground(verdict.background().get());
        } catch (IOException e) {
            Failures.report(dialogs, I18n.tr("design.title"),
                    I18n.tr("design.badBackground", file.get().getFileName()), e);
        }
    }

    public void removeBackground() {
        service.setBackground(null);
    }

    /** Draws the preview again: the sample carries the profile's names, which another screen may have changed. */
    public void refresh() {
        render();
    }

    /** The view is leaving: stop following the service. */
    public void dispose() {
        service.removeListener(listener);
    }

    private void show(CertificateDesign d) {
        design.set(d);
        render();
    }

    private void render() {
        if (rendering) {
            stale = true;
            return;
        }
        rendering = true;
        stale = false;
        CertificateRenderer renderer = new CertificateRenderer(design.get());
        CertificateFields sample = factory.fields(I18n.tr("design.sampleName"), I18n.tr("design.sampleReason"),
                RecipientService.defaultDate(campaign, LocalDate.now(clock)), I18n.language());
        executor.submit(p -> renderer.preview(sample, Paper.LETTER, 72), shown -> {
            rendering = false;
            preview.set(SwingFXUtils.toFXImage(shown.image(), null));
            previewText.set(shown.text());
            if (stale) {
                render();
            }
        }, e -> {
            rendering = false;
            Failures.report(dialogs, I18n.tr("design.title"), String.valueOf(e.getMessage()), e);
        });
    }
}
