package qc.trousse.ui.cocktail;

import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestColumns;
import qc.trousse.cocktail.GuestService;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.ImportSchema;
import qc.trousse.ui.importing.ImportTarget;
import qc.trousse.ui.importing.PreviewColumn;

import java.util.Collection;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The cocktail's guests as the target of a list: the rows are written in the background with Cancel, then made
 * the one edit that also makes the recipients of those honoured at the event.
 */
final class GuestImportTarget implements ImportTarget<Guest> {
    /**
     * What the office checks before importing, narrow enough to read without truncation; the role and the
     * phone are in the mapping above. The reason is last: it takes the room left.
     */
    static final List<PreviewColumn<Guest>> COLUMNS = List.of(
            new PreviewColumn<>("cocktail.guest.kind", g -> I18n.tr(g.kind().key()), 105),
            new PreviewColumn<>("cocktail.guest.name", Guest::name, 180),
            new PreviewColumn<>("cocktail.guest.organisation", Guest::organisation, 160),
            new PreviewColumn<>("cocktail.guest.email", Guest::email, 170),
            new PreviewColumn<>("cocktail.import.certificate", g -> g.certificate() ? "✓" : "", 95),
            new PreviewColumn<>("cocktail.guest.reason", g -> g.reason().replace('\n', ' '), 160));
    private final GuestService guests;

    GuestImportTarget(GuestService guests) {
        this.guests = guests;
    }

    @Override
    public ImportSchema<Guest> schema() {
        return new GuestColumns();
    }

    @Override
    public List<String> fieldOrder() {
        return GuestColumns.FORM_ORDER;
    }

    @Override
    public String name(Guest value) {
        return value.name();
    }

    @Override
    public Collection<String> namesInFile() {
        return guests.all().stream().map(Guest::name).toList();
    }

    @Override
    public IntSupplier write(List<Guest> rows) {
        return () -> guests.importAll(rows).size();
    }

    /**
     * Written off the FX thread in one transaction, which Cancel rolls back whole (nothing imported); the undo
     * step, with the recipients of those honoured, is made on the FX thread after.
     */
    @Override
    public IntSupplier write(List<Guest> rows, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        GuestService.WrittenGuests written = guests.write(rows, progress);
        return () -> guests.record(written).size();
    }

    @Override
    public String chooseKey() {
        return "cocktail.guests.import.choose";
    }

    @Override
    public qc.trousse.ui.importing.ImportWords words() {
        return qc.trousse.ui.importing.ImportWords.GUESTS;
    }

    @Override
    public String doneKey() {
        return "cocktail.guests.import.done";
    }
}
