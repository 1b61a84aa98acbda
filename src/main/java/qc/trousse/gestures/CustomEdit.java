package qc.trousse.gestures;

import qc.trousse.edit.Edit;

/** Writing a gesture of the office's own and putting it in the plan, as one undo step. */
final class CustomEdit implements Edit {
    private final GestureService service;
    private final CustomGesture custom;
    private final PlannedGesture planned;

    CustomEdit(GestureService service, CustomGesture custom, PlannedGesture planned) {
        this.service = service;
        this.custom = custom;
        this.planned = planned;
    }

    @Override
    public void apply() {
        service.putCustom(custom, true);
        service.replace(null, planned);
    }

    @Override
    public void revert() {
        service.replace(planned, null);
        service.putCustom(custom, false);
    }

    @Override
    public String descriptionKey() {
        return "gestures.edit.custom";
    }
}
