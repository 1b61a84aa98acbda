package qc.trousse.cocktail;

import java.time.LocalDate;
import java.util.List;

/**
 * The MNA's other commitments on a day, from whichever plan the office keeps. The cocktail only reads it,
 * so the week plan can supply it without the cocktail knowing how gestures are stored.
 */
@FunctionalInterface
public interface DayAgenda {
    /** Nothing planned anywhere: the agenda until a plan is wired in. */
    DayAgenda NONE = day -> List.of();

    List<Busy> busy(LocalDate day);
}
