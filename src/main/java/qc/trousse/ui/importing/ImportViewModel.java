package qc.trousse.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportException;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.ImportSchema;
import qc.trousse.importing.TableImport;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import of a list: choose a file, read it in the background (progress, cancel), preview it with a
 * changeable mapping, then import the good rows in one undoable step, or cancel and nothing is saved.
 * What the rows become, and where they go, is the target's business.
 */
public final class ImportViewModel<T> {
    private static final FileType TABLES = new FileType("file.type.table",
            List.of("*.xlsx", "*.xls", "*.csv", "*.txt", "*.tsv", "*.XLSX", "*.CSV"));
    private static final FileType ALL = new FileType("file.type.all", List.of("*.*"));
    private final ImportTarget<T> target;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Consumer<String> done;
    private final ImportPreviewModel<T> rows;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ImportWriting writingWork = new ImportWriting();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty detected = new SimpleStringProperty("");
    private RunningWork work;

    /** @param done told the outcome in words (rows added, reading cancelled) */
    public ImportViewModel(ImportTarget<T> target, DialogService dialogs, BackgroundExecutor executor,
                           Consumer<String> done) {
        this.target = target;
        this.dialogs = dialogs;
        this.executor = executor;
        this.done = done;
        this.rows = new ImportPreviewModel<>(target.schema().fields(), target.fieldOrder(), target::name,
                target.words());
    }

    /** Asks for a file, then reads it. */
    public void chooseFile() {
        dialogs.openFile(I18n.tr(target.chooseKey()), List.of(TABLES, ALL)).ifPresent(this::load);
    }

    /** Reads the file in the background; the preview shows when it is read. */
    public void load(Path file) {
        ImportSchema<T> schema = target.schema();
        rows.clear();
        fileName.set(String.valueOf(file.getFileName()));
        detected.set(target.words().tr("reading", file.getFileName()));
        active.set(true);
        reading.set(true);
        work = executor.submit(p -> TableImport.read(file, schema, p), read -> show(read, schema), this::failed);
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
        ImportPreview<T> p = rows.preview().get();
        if (p == null || !p.canImport() || writing.get()) {
            return;
        }
        writing.set(true);
        RunningWork started = executor.submit(x -> target.write(p.values(), writingWork.guard(x)), written -> {
            writing.set(false);
            writingWork.finished();
            int added;
            try {
                added = written.getAsInt();
            } catch (RuntimeException e) {
                writeFailed(e);
                return;
            }
            done.accept(I18n.count(target.doneKey(), added, fileName.get()));
            close();
        }, error -> {
            writing.set(false);
            writingWork.finished();
            if (error instanceof Progress.CancelledException) {
                done.accept(I18n.tr("import.write.cancelled", fileName.get()));
            } else {
                writeFailed(error);
            }
        });
        writingWork.started(started, writing.get());
    }

    /**
     * The preview's Annuler: stops the write if one is under way (it is rolled back, the file is as it was and
     * the preview stays), otherwise leaves the import.
     */
    public void cancelWritingOrClose() {
        if (writing.get()) {
            writingWork.cancel();
        } else {
            close();
        }
    }

    /** From 0 to 1 while the good rows are written, -1 while not known. */
    public DoubleProperty writeProgress() {
        return writingWork.progress();
    }

    private void writeFailed(Throwable error) {
        Failures.report(dialogs, target.words().tr("failed"), error instanceof StoreException
                ? I18n.tr("store.writeFailed", fileName.get(), error.getMessage()) : String.valueOf(error),
                error);
    }

    /** Leaves the import; nothing is saved. */
    public void close() {
        cancelReading();
        active.set(false);
        rows.clear();
    }

    private void show(ImportPreview<T> read, ImportSchema<T> schema) {
        progress.unbind();
        reading.set(false);
        detected.set(target.words().tr("detected", read.table().description()));
        rows.show(read, schema, target.namesInFile());
    }

    private void failed(Throwable error) {
        progress.unbind();
        reading.set(false);
        active.set(false);
        rows.clear();
        if (error instanceof Progress.CancelledException) {
            done.accept(target.words().tr("cancelled"));
        } else if (error instanceof ImportException e) {
            Failures.report(dialogs, target.words().tr("failed"), e.userMessage(), e);
        } else {
            Failures.report(dialogs, target.words().tr("failed"), String.valueOf(error.getMessage()), error);
        }
    }

    /** The preview: mapping, good and bad rows. */
    public ImportPreviewModel<T> rows() {
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
