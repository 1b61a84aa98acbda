package qc.trousse.ui.certificates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientColumns;
import qc.trousse.certificates.RecipientImport;
import qc.trousse.certificates.RecipientService;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ColumnMapping;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TargetField;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import of a list: choose a file, read it in the background, show what was detected, the mapping
 * (changeable, the preview follows), the good rows and the bad ones; then import the good rows in one
 * undoable step, or cancel and nothing is saved.
 */
public final class ImportViewModel {
    /** Rows shown in the preview table; all of them are imported. */
    static final int PREVIEW_ROWS = 500;
    private static final FileType TABLES = new FileType("file.type.table",
            List.of("*.xlsx", "*.xls", "*.csv", "*.txt", "*.tsv", "*.XLSX", "*.CSV"));
    private static final FileType ALL = new FileType("file.type.all", List.of("*.*"));
    private final RecipientService service;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Supplier<LocalDate> defaultDate;
    private final Consumer<String> done;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty detected = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty importText = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty();
    private final ObjectProperty<ImportPreview<Recipient>> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportPreview.Good<Recipient>> goodRows = FXCollections.observableArrayList();
    private final ObservableList<String> badRows = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> choices = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<ColumnChoice>> mapping = new LinkedHashMap<>();
    private RecipientColumns schema;
    private RunningWork work;
    private boolean showing;

    ImportViewModel(RecipientService service, DialogService dialogs, BackgroundExecutor executor,
                    Supplier<LocalDate> defaultDate, Consumer<String> done) {
        this.service = service;
        this.dialogs = dialogs;
        this.executor = executor;
        this.defaultDate = defaultDate;
        this.done = done;
        for (TargetField f : fields()) {
            ObjectProperty<ColumnChoice> choice = new SimpleObjectProperty<>();
            choice.addListener((o, a, b) -> remap(f.id(), b));
            mapping.put(f.id(), choice);
        }
    }

    /** The fields in the order the form shows them: the name first, however the header is matched. */
    public List<TargetField> fields() {
        List<String> order = List.of(RecipientColumns.NAME, RecipientColumns.FIRST_NAME, RecipientColumns.LAST_NAME,
                RecipientColumns.ORGANISATION, RecipientColumns.KIND, RecipientColumns.REASON, RecipientColumns.DATE,
                RecipientColumns.GESTURE);
        return new RecipientColumns(LocalDate.MIN).fields().stream()
                .sorted(java.util.Comparator.comparingInt(f -> order.indexOf(f.id()))).toList();
    }

    /** Asks for a file, then reads it. */
    public void chooseFile() {
        dialogs.openFile(I18n.tr("recipients.import.choose"), List.of(TABLES, ALL)).ifPresent(this::load);
    }

    /** Reads the file in the background; the preview shows when it is read. */
    public void load(Path file) {
        LocalDate day = defaultDate.get();
        schema = new RecipientColumns(day);
        clear();
        fileName.set(String.valueOf(file.getFileName()));
        detected.set(I18n.tr("recipients.import.reading", file.getFileName()));
        active.set(true);
        reading.set(true);
        work = executor.submit(p -> RecipientImport.preview(file, day, p), this::show, this::failed);
        if (work.running().get()) {
            progress.bind(work.progress());
        }
    }

    /** Stops the reading; nothing was saved. */
    public void cancelReading() {
        if (work != null) {
            work.cancel();
        }
    }

    /** Imports the good rows in one transaction, one undo step. */
    public void importRows() {
        ImportPreview<Recipient> p = preview.get();
        if (p == null || !p.canImport()) {
            return;
        }
        try {
            int added = service.importAll(p.values());
            done.accept(I18n.tr("recipients.import.done", added, fileName.get()));
            close();
        } catch (StoreException e) {
            dialogs.error(I18n.tr("recipients.import.failed"), I18n.tr("store.writeFailed", fileName.get(),
                    e.getMessage()));
        }
    }

    /** Leaves the import; nothing is saved. */
    public void close() {
        cancelReading();
        active.set(false);
        clear();
    }

    private void show(ImportPreview<Recipient> read) {
        progress.unbind();
        reading.set(false);
        detected.set(I18n.tr("recipients.import.detected", read.table().description()));
        List<String> headers = read.table().headers();
        choices.setAll(ColumnChoice.none());
        for (int c = 0; c < read.table().columnCount(); c++) {
            choices.add(ColumnChoice.of(c, headers));
        }
        display(read);
    }

    private void failed(Throwable error) {
        progress.unbind();
        reading.set(false);
        active.set(false);
        clear();
        if (error instanceof Progress.CancelledException) {
            done.accept(I18n.tr("recipients.import.cancelled"));
        } else if (error instanceof ImportException e) {
            dialogs.error(I18n.tr("recipients.import.failed"), e.userMessage());
        } else {
            dialogs.error(I18n.tr("recipients.import.failed"), String.valueOf(error.getMessage()));
        }
    }

    private void remap(String fieldId, ColumnChoice choice) {
        ImportPreview<Recipient> p = preview.get();
        if (showing || p == null) {
            return;
        }
        OptionalInt column = choice == null || choice.index() < 0 ? OptionalInt.empty() : OptionalInt.of(choice.index());
        ColumnMapping next = p.mapping().with(fieldId, column);
        display(TableImport.preview(p.table(), schema, next));
    }

    /** Shows a preview; the mapping lists follow it (a column taken by one field leaves the other). */
    private void display(ImportPreview<Recipient> p) {
        showing = true;
        try {
            preview.set(p);
            for (Map.Entry<String, ObjectProperty<ColumnChoice>> e : mapping.entrySet()) {
                OptionalInt c = p.mapping().column(e.getKey());
                e.getValue().set(c.isPresent() && c.getAsInt() + 1 < choices.size()
                        ? choices.get(c.getAsInt() + 1) : choices.isEmpty() ? null : choices.get(0));
            }
        } finally {
            showing = false;
        }
        problem.set(p.mappingProblem().map(x -> x.message()).orElse(""));
        goodRows.setAll(p.good().subList(0, Math.min(PREVIEW_ROWS, p.good().size())));
        badRows.setAll(p.bad().stream().map(b -> I18n.tr("recipients.import.badLine", b.line(), b.message())).toList());
        summary.set(I18n.tr("recipients.import.summary", p.good().size(), p.bad().size()));
        importText.set(I18n.tr("recipients.import.go", p.good().size()));
        canImport.set(p.canImport());
    }

    private void clear() {
        preview.set(null);
        goodRows.clear();
        badRows.clear();
        choices.clear();
        showing = true;
        mapping.values().forEach(c -> c.set(null));
        showing = false;
        problem.set("");
        summary.set("");
        importText.set(I18n.tr("recipients.import.go", 0));
        canImport.set(false);
    }

    public BooleanProperty active() {
        return active;
    }

    public BooleanProperty reading() {
        return reading;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty fileName() {
        return fileName;
    }

    public StringProperty detected() {
        return detected;
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty importText() {
        return importText;
    }

    public BooleanProperty canImport() {
        return canImport;
    }

    public ObjectProperty<ImportPreview<Recipient>> preview() {
        return preview;
    }

    public ObservableList<ImportPreview.Good<Recipient>> goodRows() {
        return goodRows;
    }

    public ObservableList<String> badRows() {
        return badRows;
    }

    public ObservableList<ColumnChoice> choices() {
        return choices;
    }

    public ObjectProperty<ColumnChoice> choice(String fieldId) {
        return mapping.get(fieldId);
    }
}
