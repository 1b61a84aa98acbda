package qc.trousse.gestures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Two gestures of the same owner whose times cross on the same day: one person cannot be at both. */
public record Overlap(PlannedGesture first, PlannedGesture second) {

    public static List<Overlap> in(List<PlannedGesture> gestures) {
        List<PlannedGesture> active = gestures.stream()
                .filter(g -> g.state().active() && !g.owner().isBlank())
                .sorted(Comparator.comparing(PlannedGesture::day).thenComparing(PlannedGesture::start)
                        .thenComparingLong(PlannedGesture::id))
                .toList();
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                if (cross(active.get(i), active.get(j))) {
                    found.add(new Overlap(active.get(i), active.get(j)));
                }
            }
        }
        return found;
    }

    /** Same owner, same day, and each starts before the other ends (touching slots do not cross). */
    static boolean cross(PlannedGesture a, PlannedGesture b) {
        return a.owner().equals(b.owner()) && a.day().equals(b.day())
                && a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    public boolean involves(long gestureId) {
        return first.id() == gestureId || second.id() == gestureId;
    }
}
