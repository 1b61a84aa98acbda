package qc.trousse.gestures;

import java.time.LocalDate;

/** A checklist item with the date it falls due, found through its gesture. */
public record DueItem(PlannedGesture gesture, int index, ChecklistItem item, LocalDate due) {
}
