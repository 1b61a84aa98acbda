package qc.trousse.ui.gestures;

import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.GestureRules;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Changes to one gesture: its times, place, owner and checklist. A value typed wrong is answered with the
 * message for its field and nothing is saved.
 */
public final class GestureEditorViewModel {
    private final GestureService service;
    private final DialogService dialogs;
    private final Supplier<List<String>> staff;

    public GestureEditorViewModel(GestureService service, DialogService dialogs, Supplier<List<String>> staff) {
        this.service = service;
        this.dialogs = dialogs;
        this.staff = staff;
    }

    public Optional<PlannedGesture> gesture(long id) {
        return service.find(id);
    }

    public String title(PlannedGesture g) {
        return service.title(g);
    }

    /** The office's staff, plus the current owner if they have since left the list. */
    public List<String> staff(String current) {
        List<String> all = new java.util.ArrayList<>(staff.get());
        if (current != null && !current.isBlank() && !all.contains(current)) {
            all.add(current);
        }
        return all;
    }

    /** Applies a slot typed as text; returns the problem in words, or empty when it was saved. */
    public Optional<String> setTimes(long id, String start, String end) {
        Optional<String> problem = GestureRules.slot(start, end);
        if (problem.isPresent()) {
            return problem.map(I18n::tr);
        }
        LocalTime s = GestureRules.parseTime(start).orElseThrow();
        LocalTime e = GestureRules.parseTime(end).orElseThrow();
        service.find(id).filter(g -> !g.start().equals(s) || !g.end().equals(e))
                .ifPresent(g -> Guard.run(dialogs, () -> service.setTimes(id, s, e)));
        return Optional.empty();
    }

    public void setPlace(long id, String place) {
        service.find(id).filter(g -> !g.place().equals(place == null ? "" : place.trim()))
                .ifPresent(g -> Guard.run(dialogs, () -> service.setPlace(id, place == null ? "" : place.trim())));
    }

    public void setOwner(long id, String owner) {
        service.find(id).filter(g -> !Objects.equals(g.owner(), owner) && owner != null)
                .ifPresent(g -> Guard.run(dialogs, () -> service.setOwner(id, owner)));
    }

    public void tick(long id, int index, boolean done) {
        item(id, index).filter(i -> i.done() != done).ifPresent(i -> Guard.run(dialogs,
                () -> service.tick(id, index, done)));
    }

    public void editItem(long id, int index, String text) {
        item(id, index).filter(i -> !i.label().equals(text) && text != null && !text.isBlank())
                .ifPresent(i -> Guard.run(dialogs, () -> service.editItem(id, index, text.trim())));
    }

    public void setItemOffset(long id, int index, Integer offset) {
        item(id, index).filter(i -> offset != null && i.offsetDays() != offset)
                .ifPresent(i -> Guard.run(dialogs, () -> service.setItemOffset(id, index, offset)));
    }

    public void reassign(long id, int index, String owner) {
        item(id, index).filter(i -> owner != null && !i.owner().equals(owner))
                .ifPresent(i -> Guard.run(dialogs, () -> service.reassign(id, index, owner)));
    }

    /** Adds a step; returns the problem in words, or empty when it was saved. */
    public Optional<String> addItem(long id, String text, int offset, String owner) {
        Optional<String> problem = GestureRules.title(text).map(k -> I18n.tr("gestures.error.itemText"));
        if (problem.isEmpty()) {
            Guard.run(dialogs, () -> service.addItem(id, text, offset, owner == null ? "" : owner));
        }
        return problem;
    }

    public void removeItem(long id, int index) {
        Guard.run(dialogs, () -> service.removeItem(id, index));
    }

    public void remove(long id) {
        Guard.run(dialogs, () -> service.remove(id));
    }

    /** "J-7 : lundi 10 février": when a step falls due, relative to the gesture day and as a date. */
    public String due(PlannedGesture g, ChecklistItem item) {
        return I18n.tr("gestures.detail.due", Days.offset(item.offsetDays()), Days.format(item.dueOn(g.day())));
    }

    private Optional<ChecklistItem> item(long id, int index) {
        return service.find(id).filter(g -> index >= 0 && index < g.checklist().size())
                .map(g -> g.checklist().get(index));
    }
}
