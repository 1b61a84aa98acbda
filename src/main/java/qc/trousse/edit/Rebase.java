package qc.trousse.edit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An edit met a row a colleague changed: puts the colleague's row into the edit's snapshot (a row, a map of rows
 * by id, a list of rows), merges the three versions, asks the user what only they can decide, and gives the
 * outcome to write. The colleague's version is what an undo of the outcome returns to.
 */
final class Rebase {
    /** The snapshot as the colleague left it, and the one the edit should now write. */
    record Outcome(Object theirs, Object result) {
    }

    private Rebase() {
    }

    /** Empty when the colleague's row cannot be placed in this snapshot (another kind of edit). */
    static Optional<Outcome> of(Object before, Object after, String descriptionKey, EditConflict conflict,
                                Conflicts conflicts) {
        Optional<Object[]> placed = place(after != null ? after : before, conflict);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        Object theirs = placed.get()[0];
        if (conflict.deleted()) {
            return Optional.of(new Outcome(theirs, conflicts.recreate(conflict, descriptionKey) ? after : theirs));
        }
        ThreeWayMerge merge = ThreeWayMerge.of(before, after, theirs);
        if (merge.clashes().isEmpty()) {
            conflicts.merged(conflict, descriptionKey, merge.fromTheirs());
            return Optional.of(new Outcome(theirs, merge.resolve(Map.of())));
        }
        Map<String, Boolean> mine = conflicts.choose(new Conflicts.Question(descriptionKey, conflict, merge.clashes(),
                merge.fromTheirs()));
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        merge.clashes().forEach(c -> chosen.put(c.path(), mine.getOrDefault(c.path(), Boolean.FALSE)));
        return Optional.of(new Outcome(theirs, merge.resolve(chosen)));
    }

    /** The snapshot with the conflict's row replaced by the colleague's (absent when deleted), in a 1-array. */
    private static Optional<Object[]> place(Object shape, EditConflict conflict) {
        Object theirs = conflict.theirs();
        if (shape instanceof Map<?, ?> map) {
            if (!map.containsKey(conflict.key()) || !conflict.deleted() && theirs == null) {
                return Optional.empty();
            }
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put(conflict.key(), theirs);
            return Optional.of(new Object[]{copy});
        }
        if (shape instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            boolean found = false;
            for (Object row : list) {
                if (row != null && Objects.equals(idOf(row), conflict.key())) {
                    found = true;
                    if (!conflict.deleted()) {
                        copy.add(theirs);
                    }
                } else {
                    copy.add(row);
                }
            }
            return found && (conflict.deleted() || theirs != null) ? Optional.of(new Object[]{copy}) : Optional.empty();
        }
        if (shape != null && (conflict.deleted() || theirs != null && theirs.getClass() == shape.getClass())) {
            return Optional.of(new Object[]{theirs});
        }
        return Optional.empty();
    }

    private static Object idOf(Object row) {
        if (!row.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent part : row.getClass().getRecordComponents()) {
            if (part.getName().equals("id")) {
                try {
                    part.getAccessor().setAccessible(true);
                    return part.getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
