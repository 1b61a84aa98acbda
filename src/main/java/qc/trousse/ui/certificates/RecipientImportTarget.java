package qc.trousse.ui.certificates;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientColumns;
import qc.trousse.certificates.RecipientService;
import qc.trousse.importing.ImportSchema;
import qc.trousse.ui.importing.ImportTarget;
import qc.trousse.ui.importing.PreviewColumn;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Recipients as the target of a list: rows without a date take today's default, and a large list is
 * written off the FX thread (one transaction), then made one undo step on it.
 */
final class RecipientImportTarget implements ImportTarget<Recipient> {
    static final List<PreviewColumn<Recipient>> COLUMNS = List.of(
            new PreviewColumn<>("recipients.column.kind", r -> I18n.tr(r.kind().labelKey()), 100),
            new PreviewColumn<>("recipients.column.name", Recipient::name, 240),
            new PreviewColumn<>("recipients.column.reason", r -> r.reason().replace('\n', ' '), 240),
            new PreviewColumn<>("recipients.column.date", r -> qc.trousse.i18n.DateStyle.brief(r.date()), 110),
            new PreviewColumn<>("recipients.column.gesture", Recipient::gesture, 90));
    private final RecipientService service;
    private final Supplier<LocalDate> defaultDate;

    RecipientImportTarget(RecipientService service, Supplier<LocalDate> defaultDate) {
        this.service = service;
        this.defaultDate = defaultDate;
    }

    @Override
    public ImportSchema<Recipient> schema() {
        return new RecipientColumns(defaultDate.get());
    }

    @Override
    public List<String> fieldOrder() {
        return List.of(RecipientColumns.NAME, RecipientColumns.FIRST_NAME, RecipientColumns.LAST_NAME,
                RecipientColumns.ORGANISATION, RecipientColumns.KIND, RecipientColumns.REASON, RecipientColumns.DATE,
                RecipientColumns.GESTURE);
    }

    @Override
    public String name(Recipient value) {
        return value.name();
    }

    @Override
    public Collection<String> namesInFile() {
        return service.all().stream().map(Recipient::name).toList();
    }

    @Override
    public IntSupplier write(List<Recipient> rows) {
        RecipientService.WrittenImport written = service.write(rows);
        return () -> service.record(written);
    }

    /** A 10,000-row list is written with progress; Cancel rolls the transaction back, and nothing is recorded. */
    @Override
    public IntSupplier write(List<Recipient> rows, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        RecipientService.WrittenImport written = service.write(rows, progress);
        return () -> service.record(written);
    }

    @Override
    public String chooseKey() {
        return "recipients.import.choose";
    }

    @Override
    public qc.trousse.ui.importing.ImportWords words() {
        return qc.trousse.ui.importing.ImportWords.RECIPIENTS;
    }

    @Override
    public String doneKey() {
        return "recipients.import.done";
    }
}
