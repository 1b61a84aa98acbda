package qc.trousse.cocktail;

import java.time.LocalDateTime;

/**
 * One entry of a calendar file, in Québec local time. {@code id} must stay the same for the same thing
 * across exports: the UID is made from it, so a calendar updates the entry rather than adding a second one.
 */
public record CalendarItem(String id, String title, LocalDateTime start, LocalDateTime end, String location,
                           String description) {
}
