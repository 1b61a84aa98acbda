package qc.trousse.gestures;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A gesture the office means to make: which one (a catalogue id such as "certificate", or "custom:3"), on
 * which day and at what time, where, who owns it, where it stands, and its checklist.
 */
public record PlannedGesture(long id, String gestureKey, LocalDate day, LocalTime start, LocalTime end,
                             String place, String owner, GestureState state, List<ChecklistItem> checklist) {
    public PlannedGesture {
        place = place == null ? "" : place;
        owner = owner == null ? "" : owner;
        checklist = List.copyOf(checklist);
    }

    public boolean isCocktail() {
        return GestureTemplates.COCKTAIL.equals(gestureKey);
    }

    public long doneItems() {
        return checklist.stream().filter(ChecklistItem::done).count();
    }

    /** "3/6": ticked items out of all. */
    public String progress() {
        return doneItems() + "/" + checklist.size();
    }

    public PlannedGesture withDay(LocalDate v) {
        return new PlannedGesture(id, gestureKey, v, start, end, place, owner, state, checklist);
    }

    public PlannedGesture withTimes(LocalTime s, LocalTime e) {
        return new PlannedGesture(id, gestureKey, day, s, e, place, owner, state, checklist);
    }

    public PlannedGesture withPlace(String v) {
        return new PlannedGesture(id, gestureKey, day, start, end, v, owner, state, checklist);
    }

    public PlannedGesture withOwner(String v) {
        return new PlannedGesture(id, gestureKey, day, start, end, place, v, state, checklist);
    }

    public PlannedGesture withState(GestureState v) {
        return new PlannedGesture(id, gestureKey, day, start, end, place, owner, v, checklist);
    }

    public PlannedGesture withChecklist(List<ChecklistItem> v) {
        return new PlannedGesture(id, gestureKey, day, start, end, place, owner, state, v);
    }

    public PlannedGesture withItem(int index, UnaryOperator<ChecklistItem> change) {
        List<ChecklistItem> items = new ArrayList<>(checklist);
        items.set(index, change.apply(items.get(index)));
        return withChecklist(items);
    }

    public PlannedGesture plusItem(ChecklistItem item) {
        List<ChecklistItem> items = new ArrayList<>(checklist);
        items.add(item);
        return withChecklist(items);
    }

    public PlannedGesture minusItem(int index) {
        List<ChecklistItem> items = new ArrayList<>(checklist);
        items.remove(index);
        return withChecklist(items);
    }
}
