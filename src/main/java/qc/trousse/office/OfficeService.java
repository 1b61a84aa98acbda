package qc.trousse.office;

import qc.trousse.edit.EditHistory;
import qc.trousse.edit.SnapshotEdit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The office profile of the open file: every change is saved at once and can be undone. */
public final class OfficeService {
    private final ProfileStore store;
    private final EditHistory history;
    private final Ridings ridings;
    private final List<Consumer<OfficeProfile>> listeners = new CopyOnWriteArrayList<>();
    private OfficeProfile profile;

    public OfficeService(ProfileStore store, EditHistory history, Ridings ridings) {
        this.store = store;
        this.history = history;
        this.ridings = ridings;
        this.profile = store.load();
    }

    public OfficeProfile profile() {
        return profile;
    }

    /** The ridings of the map in force on the file's week. */
    public Ridings ridings() {
        return ridings;
    }

    public Optional<Riding> riding() {
        return ridings.byKey(profile.ridingCode());
    }

    /** Changes the profile as one undoable step (a choice, an image, a list entry). */
    public void update(String field, UnaryOperator<OfficeProfile> change) {
        history.seal();
        perform(field, change);
        history.seal();
    }

    /** Changes a text field as the user types: keystrokes in the same field fold into one undo step. */
    public void type(String field, UnaryOperator<OfficeProfile> change) {
        perform(field, change);
    }

    private void perform(String field, UnaryOperator<OfficeProfile> change) {
        OfficeProfile after = change.apply(profile);
        if (!after.equals(profile)) {
            history.perform(SnapshotEdit.writing("edit.profile." + field, profile, after, this::set).folding(field));
        }
    }

    /** Choosing a riding fills in its region; the office can change the region afterwards. */
    public void chooseRiding(Riding riding) {
        update("riding", p -> p.withRiding(riding.key(), riding.region()));
    }

    /** Reads the profile (and the team) again and tells the screens: a colleague changed it on the server. */
    public void reload() {
        OfficeProfile next = store.load();
        if (!next.equals(profile)) {
            profile = next;
            listeners.forEach(l -> l.accept(next));
        }
    }

    public void addListener(Consumer<OfficeProfile> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<OfficeProfile> listener) {
        listeners.remove(listener);
    }

    private void set(OfficeProfile next) {
        OfficeProfile before = profile;
        store.save(before, next);
        profile = next;
        listeners.forEach(l -> l.accept(next));
    }
}
