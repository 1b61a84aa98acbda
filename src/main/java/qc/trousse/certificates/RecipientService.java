package qc.trousse.certificates;

import qc.trousse.campaign.Campaign;
import qc.trousse.edit.Edit;
import qc.trousse.edit.EditConflict;
import qc.trousse.edit.EditHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The recipients of the open file. Adding, editing, deleting and importing are undoable edits; an import
 * is one transaction and one undo step, however many rows it has.
 */
public final class RecipientService {
    private final RecipientStore store;
    private final EditHistory history;
    private final Map<Long, Recipient> byId = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RecipientService(RecipientStore store, EditHistory history) {
        this.store = store;
        this.history = history;
        reload();
    }

    /** Where a new recipient's date starts: today during the campaign week, else its first day. */
    public static LocalDate defaultDate(Campaign campaign, LocalDate today) {
        return campaign.contains(today) ? today : campaign.start();
    }

    public synchronized List<Recipient> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Recipient> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Adds one recipient; returns it with its id. */
    public Recipient add(Recipient recipient) {
        RecipientEdits.Insert edit = new RecipientEdits.Insert(this, store, List.of(recipient), "edit.recipients.add", false);
        history.perform(edit);
        return edit.saved().get(0);
    }

    /** Adds all the rows of an import in one transaction, as one undo step; returns how many. */
    public int importAll(List<Recipient> recipients) {
        return record(write(recipients));
    }

    /** Rows of an import already in the file, not yet on the undo stack. */
    public record WrittenImport(List<Recipient> saved) {
        public WrittenImport {
            saved = List.copyOf(saved);
        }
    }

    /**
     * The slow half of an import, safe off the FX thread: writes the rows in one transaction (all or
     * none). Follow it with {@link #record} on the thread that owns the undo history.
     */
    public WrittenImport write(List<Recipient> recipients) {
        return new WrittenImport(recipients.isEmpty() ? List.of() : store.insert(recipients));
    }

    /** The same with progress and Cancel: a cancelled write is rolled back whole and leaves the file as it was. */
    public WrittenImport write(List<Recipient> recipients, qc.trousse.work.Progress progress)
            throws qc.trousse.work.Progress.CancelledException {
        return new WrittenImport(recipients.isEmpty() ? List.of() : store.insert(recipients, progress));
    }

    /** Makes a written import one undo step and tells the listeners; returns how many rows. */
    public int record(WrittenImport written) {
        if (!written.saved().isEmpty()) {
            history.perform(new RecipientEdits.Insert(this, store, written.saved(), "edit.recipients.import", true));
        }
        return written.saved().size();
    }

    /**
     * The edit that would add these recipients, not yet made: another feature makes it within its own undo
     * step (a cocktail guest marked for a certificate).
     */
    public Edit adding(List<Recipient> recipients) {
        return new RecipientEdits.Insert(this, store, recipients, "edit.recipients.add", false);
    }

    /** The edit that would delete these recipients, not yet made, for another feature's undo step. */
    public Edit removing(List<Recipient> recipients) {
        return new RecipientEdits.Delete(this, store, recipients);
    }

    /** The edits that would date the recipients of the week left behind on the same weekday of the new one. */
    public List<Edit> shifting(qc.trousse.campaign.WeekShift shift) {
        return all().stream().filter(r -> shift.moves(r.date())).<Edit>map(r -> RecipientEdits.update(this, store, r,
                new Recipient(r.id(), r.kind(), r.name(), r.reason(), shift.apply(r.date()), r.gesture(), r.state(),
                        r.printedAt()))).toList();
    }

    /**
     * Writes the change. On the office's server, a recipient someone else changed or deleted since it was read is
     * not overwritten: the {@link EditConflict} reaches the caller, with the list already read again.
     */
    public void update(Recipient after) {
        Recipient before = find(after.id()).orElseThrow(() -> new IllegalArgumentException("no recipient " + after.id()));
        if (!before.equals(after)) {
            performOrReload(RecipientEdits.update(this, store, before, after));
        }
    }

    /**
     * Changes one field of a recipient from the one the file has now, as the user changes it in the form: typing in
     * a field folds its keystrokes into one undo step; a choice (kind, date, state) is a step of its own.
     */
    public void edit(long id, String field, boolean typing, UnaryOperator<Recipient> change) {
        Recipient before = find(id).orElse(null);
        Recipient after = before == null ? null : change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        if (!typing) {
            history.seal();
        }
        performOrReload(RecipientEdits.update(this, store, before, after).folding(typing ? id + "." + field : null));
        if (!typing) {
            history.seal();
        }
    }

    public void delete(Collection<Long> ids) {
        List<Recipient> gone = ids.stream().map(this::find).flatMap(Optional::stream).toList();
        if (!gone.isEmpty()) {
            performOrReload(new RecipientEdits.Delete(this, store, gone));
        }
    }

    private void performOrReload(Edit edit) {
        try {
            history.perform(edit);
        } catch (EditConflict conflict) {
            reload();
            throw conflict;
        }
    }

    /**
     * Records that these certificates were printed (the printer accepted the job). A fact about the world,
     * not an edit of the list, so it is not on the undo stack.
     */
    public int markPrinted(List<Long> ids, Instant when) {
        int marked = store.markPrinted(ids, when);
        reload();
        return marked;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Reads the store again and tells the listeners: the edits call it after every write, a colleague's change too. */
    public void reload() {
        List<Recipient> all = new ArrayList<>(store.all());
        all.sort(Comparator.comparingLong(Recipient::id));
        synchronized (this) {
            byId.clear();
            all.forEach(r -> byId.put(r.id(), r));
        }
        listeners.forEach(Runnable::run);
    }
}
