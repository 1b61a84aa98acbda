package qc.trousse.gestures;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The week at a glance for a given "today": how many gestures are chosen, planned and done, which open items
 * are late or due today, and the next three things to do (late ones first).
 */
public record WeekSummary(int chosen, int planned, int done, List<DueItem> overdue, List<DueItem> dueToday,
                          List<DueItem> next) {

    public static WeekSummary of(List<PlannedGesture> gestures, LocalDate today) {
        List<PlannedGesture> active = gestures.stream().filter(g -> g.state().active()).toList();
        List<DueItem> open = new ArrayList<>();
        for (PlannedGesture g : active) {
            if (g.state() == GestureState.DONE) {
                continue;
            }
            for (int i = 0; i < g.checklist().size(); i++) {
                ChecklistItem item = g.checklist().get(i);
                if (!item.done()) {
                    open.add(new DueItem(g, i, item, item.dueOn(g.day())));
                }
            }
        }
        open.sort(Comparator.comparing(DueItem::due)
                .thenComparing(d -> d.gesture().start(), Comparator.nullsLast(LocalTime::compareTo))
                .thenComparingLong(d -> d.gesture().id()).thenComparingInt(DueItem::index));
        return new WeekSummary(active.size(), count(active, GestureState.PLANNED), count(active, GestureState.DONE),
                open.stream().filter(d -> d.due().isBefore(today)).toList(),
                open.stream().filter(d -> d.due().equals(today)).toList(),
                open.stream().limit(3).toList());
    }

    private static int count(List<PlannedGesture> gestures, GestureState state) {
        return (int) gestures.stream().filter(g -> g.state() == state).count();
    }
}
