package qc.trousse.ui.certificates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientColumns;
import qc.trousse.certificates.RecipientImport;
import qc.trousse.certificates.RecipientService;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import of a list: choose a file, read it in the background (progress, cancel), preview it with a
 * changeable mapping, then import the good rows in one undoable step, or cancel and nothing is saved.
 */
public final class ImportViewModel {
    private static final FileType TABLES = new FileType("file.type.table",
            List.of("*.xlsx", "*.xls", "*.csv", "*.txt", "*.tsv", "*.XLSX", "*.CSV"));
    private static final FileType ALL = new FileType("file.type.all", List.of("*.*"));
    private final RecipientService service;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Supplier<LocalDate> defaultDate;
    private final Consumer<String> done;
    private final ImportPreviewModel rows = new ImportPreviewModel();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty detected = new SimpleStringProperty("");
    private RunningWork work;

    ImportViewModel(RecipientService service, DialogService dialogs, BackgroundExecutor executor,
                    Supplier<LocalDate> defaultDate, Consumer<String> done) {
        this.service = service;
        this.dialogs = dialogs;
        this.executor = executor;
        this.defaultDate = defaultDate;
        this.done = done;
    }

    /** Asks for a file, then reads it. */
    public void chooseFile() {
        dialogs.openFile(I18n.tr("recipients.import.choose"), List.of(TABLES, ALL)).ifPresent(this::load);
    }

    /** Reads the file in the background; the preview shows when it is read. */
    public void load(Path file) {
        LocalDate day = defaultDate.get();
        RecipientColumns schema = new RecipientColumns(day);
        rows.clear();
        fileName.set(String.valueOf(file.getFileName()));
        detected.set(I18n.tr("recipients.import.reading", file.getFileName()));
        active.set(true);
        reading.set(true);
        work = executor.submit(p -> RecipientImport.preview(file, day, p), read -> show(read, schema), this::failed);
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

    /**
     * Imports the good rows: written in one transaction in the background (a 10,000-row list takes a
     * moment), then made one undo step here.
     */
    public void importRows() {
        ImportPreview<Recipient> p = rows.preview().get();
        if (p == null || !p.canImport() || writing.get()) {
            return;
        }
        writing.set(true);
        executor.submit(x -> service.write(p.values()), written -> {
            writing.set(false);
            int added = service.record(written);
            done.accept(I18n.tr("recipients.import.done", added, fileName.get()));
            close();
        }, error -> {
            writing.set(false);
            dialogs.error(I18n.tr("recipients.import.failed"), error instanceof StoreException
                    ? I18n.tr("store.writeFailed", fileName.get(), error.getMessage()) : String.valueOf(error));
        });
    }

    /** Leaves the import; nothing is saved. */
    public void close() {
        cancelReading();
        active.set(false);
        rows.clear();
    }

    private void show(ImportPreview<Recipient> read, RecipientColumns schema) {
        progress.unbind();
        reading.set(false);
        detected.set(I18n.tr("recipients.import.detected", read.table().description()));
        rows.show(read, schema, service.all());
    }

    private void failed(Throwable error) {
        progress.unbind();
        reading.set(false);
        active.set(false);
        rows.clear();
        if (error instanceof Progress.CancelledException) {
            done.accept(I18n.tr("recipients.import.cancelled"));
        } else if (error instanceof ImportException e) {
            dialogs.error(I18n.tr("recipients.import.failed"), e.userMessage());
        } else {
            dialogs.error(I18n.tr("recipients.import.failed"), String.valueOf(error.getMessage()));
        }
    }

    /** The preview: mapping, good and bad rows. */
    public ImportPreviewModel rows() {
        return rows;
    }

    public BooleanProperty active() {
        return active;
    }

    public BooleanProperty reading() {
        return reading;
    }

    /** The good rows are being written to the file. */
    public BooleanProperty writing() {
        return writing;
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
}
