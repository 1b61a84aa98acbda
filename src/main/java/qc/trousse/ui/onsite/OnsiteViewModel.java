package qc.trousse.ui.onsite;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.Paper;
import qc.trousse.certificates.render.SafeFileNames;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * On site: a name typed, its certificate seen at once ({@link OnsitePreview}), printed or saved.
 */
public final class OnsiteViewModel {
    static final FileType PDF = new FileType("file.type.pdf", List.of("*.pdf"));
    private final OnsiteCertificate certificate;
    private final CertificatePrinter printer;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final OnsiteChoices choices;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final OnsitePrinters printers;
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final IntegerProperty copies = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final OnsitePreview preview;

    public OnsiteViewModel(Session session, CertificatePrinter printer, DialogService dialogs,
                           BackgroundExecutor executor, Clock clock) {
        this.certificate = new OnsiteCertificate(session, clock);
        this.printer = printer;
        this.dialogs = dialogs;
        this.executor = executor;
        this.choices = OnsiteChoices.of(session);
        this.preview = new OnsitePreview(executor, this::failed, this::refresh);
        paper.set(choices.paper);
        copies.set(choices.copies);
        this.printers = new OnsitePrinters(printer, executor, choices);
        name.addListener((o, a, b) -> refresh());
        reason.addListener((o, a, b) -> refresh());
        paper.addListener((o, a, b) -> {
            choices.paper = b;
            refresh();
        });
        copies.addListener((o, a, b) -> choices.copies = b.intValue());
    }

    public StringProperty name() { return name; }

    public StringProperty reason() { return reason; }

    public ObjectProperty<Image> preview() { return preview.image(); }

    public StringProperty warnings() { return preview.warnings(); }

    public StringProperty status() { return status; }

    public ObservableList<String> printers() { return printers.names(); }

    public StringProperty printer() { return printers.chosen(); }

    public ObjectProperty<Paper> paper() { return paper; }

    public IntegerProperty copies() { return copies; }

    public BooleanProperty busy() { return busy; }

    public boolean hasName() {
        return !name.get().isBlank();
    }

    CertificateFields fields() {
        return certificate.fields(name.get().strip(), reason.get().strip());
    }

    private CertificateRenderer renderer() {
        return certificate.renderer();
    }

    /** Draws the preview again, or asks for one more drawing when one is under way. */
    public void refresh() {
        if (hasName()) {
            preview.draw(() -> new OnsitePreview.Page(renderer(), fields(), paper.get()));
        } else {
            preview.clear();
        }
    }

    public void print() {
        if (!hasName()) {
            status.set(I18n.tr("onsite.typeName"));
            return;
        }
        if (printers.none()) {
            Failures.refuse(dialogs, I18n.tr("onsite.print"), I18n.tr("onsite.noPrinter"));
            return;
        }
        PrintRequest request = new PrintRequest(printers.chosen().get(), paper.get(), copies.get(),
                "Trousse JPS - " + name.get().strip());
        CertificateFields f = fields();
        CertificateRenderer r = renderer();
        busy.set(true);
        String printedName = name.get().strip();
        String printedReason = reason.get().strip();
        executor.submit(progress -> printer.print(r, List.of(f), request, progress),
                outcome -> printedOnSite(outcome, printedName, printedReason), this::failed);
    }

    private void printedOnSite(PrintOutcome outcome, String printedName, String printedReason) {
        if (outcome.accepted()) {
            certificate.printed(printedName, printedReason);
        }
        printed(outcome);
    }

    public void printTestPage() {
        if (printers.none()) {
            Failures.refuse(dialogs, I18n.tr("onsite.testPage"), I18n.tr("onsite.noPrinter"));
            return;
        }
        PrintRequest request = new PrintRequest(printers.chosen().get(), paper.get(), 1, "Trousse JPS - test");
        CertificateFields f = fields();
        CertificateRenderer r = renderer();
        busy.set(true);
        executor.submit(progress -> printer.testPage(r, f, request), this::printed, this::failed);
    }

    /** Asks where to save, then writes the one-page PDF in the background. */
    public void savePdf() {
        if (!hasName()) {
            status.set(I18n.tr("onsite.typeName"));
            return;
        }
        String suggested = new SafeFileNames("certificat").next(name.get(), ".pdf");
        Path file = dialogs.saveFile(I18n.tr("onsite.savePdf"), suggested, List.of(PDF)).orElse(null);
        if (file == null) {
            return;
        }
        CertificateFields f = fields();
        Paper p = paper.get();
        CertificateRenderer r = renderer();
        busy.set(true);
        executor.submit(progress -> r.render(List.of(f), p, file, progress), report -> {
            busy.set(false);
            status.set(I18n.tr("onsite.saved", file));
        }, this::failed);
    }

    private void printed(PrintOutcome outcome) {
        busy.set(false);
        if (outcome.accepted()) {
            status.set(I18n.tr("onsite.printed", outcome.printer()));
        } else {
            status.set(outcome.message());
            Failures.report(dialogs, I18n.tr("onsite.print"), outcome.message(), null);
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof Progress.CancelledException) {
            return;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        status.set(message);
        Failures.report(dialogs, I18n.tr("onsite.title"), message, e);
    }
}
