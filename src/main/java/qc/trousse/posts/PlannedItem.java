package qc.trousse.posts;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A gesture of the week plan as the posts see it: which campaign gesture (the id a template names, such as
 * "certificate"), its title, its day and times.
 */
public record PlannedItem(String gestureId, String title, LocalDate day, LocalTime start, LocalTime end) {
}
