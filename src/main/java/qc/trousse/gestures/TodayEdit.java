package qc.trousse.gestures;

import qc.trousse.edit.Edit;

import java.time.LocalDate;

/** Choosing which campaign day the dashboard treats as "today". */
final class TodayEdit implements Edit {
    private final GestureService service;
    private final LocalDate before;
    private final LocalDate after;

    TodayEdit(GestureService service, LocalDate before, LocalDate after) {
        this.service = service;
        this.before = before;
        this.after = after;
    }

    @Override
    public void apply() {
        service.writeToday(after);
    }

    @Override
    public void revert() {
        service.writeToday(before);
    }

    @Override
    public String descriptionKey() {
        return "gestures.edit.today";
    }
}
