package qc.trousse.gestures;

import qc.trousse.edit.Edit;

import java.util.Optional;

/**
 * One change to one planned gesture: before and after (null before for a new gesture, null after for a
 * removed one). Keystrokes in the same text field of the same gesture fold into one undo step.
 */
final class PlanEdit implements Edit {
    private final GestureService service;
    private final String field;
    private final PlannedGesture before;
    private final PlannedGesture after;

    PlanEdit(GestureService service, String field, PlannedGesture before, PlannedGesture after) {
        this.service = service;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    @Override
    public void apply() {
        service.replace(before, after);
    }

    @Override
    public void revert() {
        service.replace(after, before);
    }

    @Override
    public String descriptionKey() {
        return "gestures.edit." + field;
    }

    @Override
    public Optional<Edit> absorb(Edit next) {
        boolean typing = field.equals("place") || field.equals("itemText") || field.equals("itemOffset");
        if (typing && next instanceof PlanEdit other && other.field.equals(field) && before != null
                && other.after != null && other.before != null && other.before.id() == before.id()) {
            return Optional.of(new PlanEdit(service, field, before, other.after));
        }
        return Optional.empty();
    }
}
