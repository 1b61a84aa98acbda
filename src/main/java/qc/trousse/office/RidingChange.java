package qc.trousse.office;

import java.time.LocalDate;

/**
 * One row of assets/data/riding-maps.csv: on a date, one riding name gives way to another (rename, merge, one
 * part of a split), a riding appears (new), or keeps its name with a new region or a doubtful name.
 */
public record RidingChange(int line, String map, LocalDate inForceFrom, Kind kind, String oldName, Riding now) {
    public enum Kind {
        BASE, REGION, RENAME, UNSURE, MERGE, SPLIT, NEW;

        /** Whether the old name stops being a riding on the date (a region move or a doubt keeps it). */
        boolean endsOldName() {
            return this == RENAME || this == MERGE || this == SPLIT;
        }
    }

    /** A link from a name that stops to the name that takes over its territory. */
    boolean links(String from) {
        return kind.endsOldName() && oldName.equals(from);
    }
}
