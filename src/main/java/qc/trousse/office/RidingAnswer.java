package qc.trousse.office;

import java.time.LocalDate;
import java.util.List;

/** What a riding typed by the office is on the file's map; only {@link Found} may be stored in the profile. */
public sealed interface RidingAnswer {
    /** A riding in force on the file's map. */
    record Found(Riding riding) implements RidingAnswer {
    }

    /** A name that stopped on {@code goneFrom}; {@code now} are the ridings that took over its territory. */
    record Former(String name, LocalDate goneFrom, List<Riding> now) implements RidingAnswer {
        public Former {
            now = List.copyOf(now);
        }
    }

    /** A name that only starts on {@code from}, after {@code day}; {@code before} are the ridings of that day. */
    record Later(String name, LocalDate from, LocalDate day, List<Riding> before) implements RidingAnswer {
        public Later {
            before = List.copyOf(before);
        }
    }

    /** Letters that fit several ridings of the file's map. */
    record Several(String typed, List<Riding> ridings) implements RidingAnswer {
        public Several {
            ridings = List.copyOf(ridings);
        }
    }

    /** Nothing on any map. */
    record None(String typed) implements RidingAnswer {
    }
}
