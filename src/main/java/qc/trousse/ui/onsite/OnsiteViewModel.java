package qc.trousse.ui.onsite;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacters;
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
import java.time.LocalDate;
import java.util.List;

/**
 * On site: a name typed, its certificate seen at once, printed or saved. The preview is the PDF page rendered
 * off the FX thread; keystrokes that arrive while it renders are folded into one more rendering.
 */
public final class OnsiteViewModel {
    static final FileType PDF = new FileType("file.type.pdf", List.of("*.pdf"));
    private static final float PREVIEW_DPI = 72;
    private final Session session;
    private final CertificatePrinter printer;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final OnsiteChoices choices;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
    private final StringProperty warnings = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty chosenPrinter = new SimpleStringProperty();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final IntegerProperty copies = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean rendering;
    private boolean stale;

    public OnsiteViewModel(Session session, CertificatePrinter printer, DialogService dialogs,
                           BackgroundExecutor executor, Clock clock) {
        this.session = session;
        this.printer = printer;
        this.dialogs = dialogs;
        this.executor = executor;
        this.clock = clock;
        this.choices = OnsiteChoices.of(session);
        paper.set(choices.paper);
        copies.set(choices.copies);
        chosenPrinter.set(choices.printer);
        name.addListener((o, a, b) -> refresh());
        reason.addListener((o, a, b) -> refresh());
        paper.addListener((o, a, b) -> {
            choices.paper = b;
            refresh();
        });
        copies.addListener((o, a, b) -> choices.copies = b.intValue());
        chosenPrinter.addListener((o, a, b) -> choices.printer = b);
        executor.submit(p -> printer.printers(), this::showPrinters, e -> printers.clear());
    }

    public StringProperty name() { return name; }

    public StringProperty reason() { return reason; }

    public ObjectProperty<Image> preview() { return preview; }

    public StringProperty warnings() { return warnings; }

    public StringProperty status() { return status; }

    public ObservableList<String> printers() { return printers; }

    public StringProperty printer() { return chosenPrinter; }

    public ObjectProperty<Paper> paper() { return paper; }

    public IntegerProperty copies() { return copies; }

    public BooleanProperty busy() { return busy; }

    public boolean hasName() {
        return !name.get().isBlank();
    }

    CertificateFields fields() {
        return new CertificateFieldsFactory(session.office(), session.campaign())
                .fields(name.get().strip(), reason.get().strip(),
                        RecipientService.defaultDate(session.campaign(), LocalDate.now(clock)), I18n.language());
    }

    private CertificateRenderer renderer() {
        return new CertificateRenderer(session.certificateDesign().design());
    }

    /** Renders the preview again, or asks for one more rendering when one is under way. */
    public void refresh() {
        if (!hasName()) {
            preview.set(null);
            warnings.set("");
            return;
        }
        if (rendering) {
            stale = true;
            return;
        }
        rendering = true;
        stale = false;
        CertificateFields f = fields();
        Paper p = paper.get();
        CertificateRenderer r = renderer();
        executor.submit(progress -> r.preview(f, p, PREVIEW_DPI), shown -> {
            rendering = false;
            preview.set(SwingFXUtils.toFXImage(shown.image(), null));
            warnings.set(String.join("\n", MissingCharacters.describe(shown.missing())));
            if (stale) {
                refresh();
            }
        }, this::failed);
    }

    public void print() {
        if (!hasName()) {
            status.set(I18n.tr("onsite.typeName"));
            return;
        }
        if (printers.isEmpty()) {
            Failures.refuse(dialogs, I18n.tr("onsite.print"), I18n.tr("onsite.noPrinter"));
            return;
        }
        PrintRequest request = new PrintRequest(chosenPrinter.get(), paper.get(), copies.get(),
                "Trousse JPS - " + name.get().strip());
        CertificateFields f = fields();
        CertificateRenderer r = renderer();
        busy.set(true);
        String printedName = name.get().strip();
        String printedReason = reason.get().strip();
        executor.submit(progress -> printer.print(r, List.of(f), request, progress),
                outcome -> printedOnSite(outcome, printedName, printedReason), this::failed);
    }

    /** A certificate printed on site is a recipient like the others: the list and the report count it. */
    private void printedOnSite(PrintOutcome outcome, String printedName, String printedReason) {
        if (outcome.accepted()) {
            LocalDate day = RecipientService.defaultDate(session.campaign(), LocalDate.now(clock));
            session.recipients().add(Recipient.of(RecipientKind.PERSON, printedName, printedReason, day)
                    .withGesture(I18n.tr("onsite.gesture")).printedOn(clock.instant()));
        }
        printed(outcome);
    }

    public void printTestPage() {
        if (printers.isEmpty()) {
            Failures.refuse(dialogs, I18n.tr("onsite.testPage"), I18n.tr("onsite.noPrinter"));
            return;
        }
        PrintRequest request = new PrintRequest(chosenPrinter.get(), paper.get(), 1, "Trousse JPS - test");
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

    private void showPrinters(List<String> names) {
        printers.setAll(names);
        if (chosenPrinter.get() == null || !names.contains(chosenPrinter.get())) {
            chosenPrinter.set(printer.defaultPrinter().filter(names::contains)
                    .orElse(names.isEmpty() ? null : names.get(0)));
        }
    }

    private void failed(Throwable e) {
        rendering = false;
        busy.set(false);
        if (e instanceof Progress.CancelledException) {
            return;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        status.set(message);
        Failures.report(dialogs, I18n.tr("onsite.title"), message, e);
    }
}
