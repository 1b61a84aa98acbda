package qc.trousse.cocktail;

import java.time.LocalTime;

/** Something already in the MNA's day: its title, times, and who owns it. */
public record Busy(String title, LocalTime start, LocalTime end, String owner) {
}
