package qc.trousse.ui.certificates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.batch.Scope;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.print.Printing;
import qc.trousse.certificates.render.Paper;
import qc.trousse.certificates.render.RenderReport;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The output panel of the recipients screen: which recipients, which paper, then a PDF or a print job, in the
 * background with progress and cancel. The missing-character report comes first and the user may stop there.
 * Only a print job the printer accepted marks recipients printed.
 */
public final class OutputViewModel {
    static final FileType PDF = new FileType("file.type.pdf", List.of("*.pdf"));
    private final RecipientService service;
    private final Supplier<RecipientBatch> batches;
    private final Printing printer;
    private final DialogService dialogs;
    /** What is left to print, so one click never reprints the certificates already handed out. */
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.UNPRINTED);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.LETTER);
    private final BooleanProperty each = new SimpleBooleanProperty();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty chosenPrinter = new SimpleStringProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final ObservableList<Recipient> selection = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final Runnable serviceListener = this::count;
    private final OutputWork work;
    private final OutputChecks checks;

    public OutputViewModel(RecipientService service, Supplier<RecipientBatch> batches, Printing printer,
                           DialogService dialogs, BackgroundExecutor executor, Runnable openProfile) {
        this.service = service;
        this.batches = batches;
        this.printer = printer;
        this.dialogs = dialogs;
        this.work = new OutputWork(executor, dialogs);
        this.checks = new OutputChecks(dialogs, work, openProfile);
        executor.submit(p -> printer.printers(), this::showPrinters, e -> printers.clear());
        scope.addListener((o, a, b) -> count());
        selection.addListener((javafx.collections.ListChangeListener<Recipient>) c -> count());
        service.addListener(serviceListener);
        count();
    }

    /** How many certificates the current choice makes: "3 certificat(s)". */
    public StringProperty summary() { return summary; }

    /** Stops following the list; the view calls this when it is replaced. */
    public void dispose() {
        service.removeListener(serviceListener);
    }

    private void count() {
        summary.set(I18n.count("output.count", chosen().size()));
    }

    public ObjectProperty<Scope> scope() { return scope; }

    public ObjectProperty<Paper> paper() { return paper; }

    /** One PDF per recipient into a folder, rather than one PDF with a page each. */
    public BooleanProperty each() { return each; }

    public ObservableList<String> printers() { return printers; }

    public StringProperty printer() { return chosenPrinter; }

    public IntegerProperty copies() { return copies; }

    /** The recipients selected in the table; the view keeps it up to date. */
    public ObservableList<Recipient> selection() { return selection; }

    public DoubleProperty progress() { return work.progress(); }

    public BooleanProperty busy() { return work.busy(); }

    public StringProperty status() { return work.status(); }

    /** Stops the work under way; a print job already on its way to the printer is not stopped (it will print). */
    public void cancel() {
        work.cancel();
    }

    /** The recipients the next output is for, in the order of the list. */
    public List<Recipient> chosen() {
        return scope.get().choose(service.all(), selection.stream().map(Recipient::id).toList());
    }

    /** Asks for a file (or a folder, one PDF each), then writes. */
    public void savePdf() {
        String title = I18n.tr("output.savePdf.title");
        (each.get() ? dialogs.chooseFolder(title) : dialogs.saveFile(title, I18n.tr("output.suggestedName"),
                List.of(PDF))).ifPresent(this::savePdfTo);
    }

    /** Writes to the file or folder chosen: after the missing-character report, in the background. Marks nothing. */
    public void savePdfTo(Path target) {
        boolean oneEach = each.get();
        Paper p = paper.get();
        prepare(I18n.tr("output.savePdf.title"), (batch, chosen) -> work.run(
                w -> oneEach ? batch.pdfEach(chosen, p, target, w) : batch.pdf(chosen, p, target, w),
                (RenderReport report) -> work.status().set(I18n.count("output.saved", report.pages(), target)),
                e -> qc.trousse.ui.OutputFailures.sentence(e, () -> I18n.tr("output.cannotWrite",
                        oneEach ? target : folderOf(target), OutputWork.reason(e)))));
    }

    /** Prints the chosen recipients as one job; they are marked printed only if the printer accepts it. */
    public void print() {
        if (printers.isEmpty()) {
            Failures.refuse(dialogs, I18n.tr("output.print.title"), I18n.tr("onsite.noPrinter"));
            return;
        }
        PrintRequest request = new PrintRequest(chosenPrinter.get(), paper.get(), copies.get(),
                I18n.tr("output.jobName"));
        prepare(I18n.tr("output.print.title"), (batch, chosen) -> {
            // Sheets cost: say how many, where and on what, before the first one comes out.
            String question = I18n.count("output.print.confirm", chosen.size(), request.printer(),
                    I18n.tr("certificates.paper." + request.paper().code()),
                    I18n.count("certificates.print.copies", request.copies()));
            long reprints = chosen.stream().filter(r -> !Scope.notYetPrinted(r)).count();
            if (reprints > 0) {
                question += "\n" + I18n.count("output.print.reprint", reprints);
            }
            if (!dialogs.confirm(I18n.tr("output.print.title"), question)) {
                work.status().set(I18n.tr("output.stopped"));
                return;
            }
            work.run(w -> batch.print(chosen, request, work.untilSent(w)),
                    (PrintOutcome outcome) -> printed(batch, chosen, outcome),
                    e -> I18n.tr("certificates.print.failed", request.printer() == null ? "" : request.printer(),
                            OutputWork.reason(e)));
        });
    }

    private void printed(RecipientBatch batch, List<Recipient> chosen, PrintOutcome outcome) {
        if (!outcome.accepted()) {
            work.status().set(outcome.message());
            Failures.report(dialogs, I18n.tr("output.print.title"), outcome.message(), null);
            return;
        }
        int marked = batch.markIfAccepted(outcome, chosen);
        work.status().set(outcome.message() + " " + I18n.count("output.marked", marked));
    }

    /** Says what the profile lacks and which characters no font has, then goes on if the person agrees. */
    private void prepare(String title, java.util.function.BiConsumer<RecipientBatch, List<Recipient>> next) {
        List<Recipient> chosen = chosen();
        if (chosen.isEmpty()) {
            work.status().set(I18n.tr("output.none." + scope.get().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        checks.thenRun(title, batches.get(), chosen, next);
    }

    private void showPrinters(List<String> names) {
        printers.setAll(names);
        if (chosenPrinter.get() == null || !names.contains(chosenPrinter.get())) {
            chosenPrinter.set(printer.defaultPrinter().filter(names::contains)
                    .orElse(names.isEmpty() ? null : names.get(0)));
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file : parent;
    }
}
