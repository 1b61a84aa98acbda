package qc.trousse.posts;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's planned gestures of a day, from whichever plan the file keeps. The posts only read it, so the
 * week plan is wired in without the posts knowing how gestures are stored.
 */
@FunctionalInterface
public interface WeekPlan {
    /** Nothing planned: the plan until one is wired in. */
    WeekPlan NONE = day -> List.of();

    /** The day's gestures still on (cancelled ones left out), by start time. */
    List<PlannedItem> on(LocalDate day);
}
