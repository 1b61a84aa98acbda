package qc.trousse.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the change log over the base map, one date at a time, and refuses a log that does not add up: an old
 * name that is not in force, a new name that already is, two rows that give one riding two codes or regions.
 */
final class RidingMapHistory {
    interface Step {
        void add(LocalDate from, String map, List<Riding> ridings);
    }

    private RidingMapHistory() {
    }

    static void build(Ridings base, List<RidingChange> changes, Step step) {
        Map<String, Riding> current = new LinkedHashMap<>();
        base.all().forEach(r -> current.put(r.name(), r));
        int i = 0;
        while (i < changes.size()) {
            LocalDate day = changes.get(i).inForceFrom();
            List<RidingChange> group = new ArrayList<>();
            while (i < changes.size() && changes.get(i).inForceFrom().equals(day)) {
                group.add(changes.get(i++));
            }
            if (!group.isEmpty() && i < changes.size() && changes.get(i).inForceFrom().isBefore(day)) {
                throw RidingMapFile.fault(RidingMapFile.RESOURCE, changes.get(i).line(), "in_force_from",
                        "rows must be in date order");
            }
            apply(base, current, group);
            step.add(day, group.get(0).map(), List.copyOf(current.values()));
        }
    }

    private static void apply(Ridings base, Map<String, Riding> current, List<RidingChange> group) {
        Map<String, Riding> next = new LinkedHashMap<>(current);
        for (RidingChange c : group) {
            if (c.kind() == RidingChange.Kind.BASE) {
                throw fault(c, "change", "only the first row is the base map");
            }
            if (!c.map().equals(group.get(0).map())) {
                throw fault(c, "map", "one date, one map");
            }
            if (c.kind() != RidingChange.Kind.NEW && !current.containsKey(c.oldName())) {
                throw fault(c, "old_name", c.oldName() + " is not in force before " + c.inForceFrom());
            }
            if (c.kind() != RidingChange.Kind.NEW) {
                next.remove(c.oldName());
            }
        }
        Map<String, Riding> added = new LinkedHashMap<>();
        for (RidingChange c : group) {
            Riding now = c.now();
            if (!base.regions().contains(now.region())) {
                throw fault(c, "region", "unknown region " + now.region());
            }
            Riding twice = added.get(now.name());
            if (twice != null && !twice.equals(now)) {
                throw fault(c, "new_name", now.name() + " is given another code or region on another row");
            }
            if (twice == null && next.containsKey(now.name())) {
                throw fault(c, "new_name", now.name() + " is already in force");
            }
            added.put(now.name(), now);
            next.put(now.name(), now);
        }
        current.clear();
        current.putAll(next);
    }

    private static IllegalStateException fault(RidingChange c, String column, String what) {
        return RidingMapFile.fault(RidingMapFile.RESOURCE, c.line(), column, what);
    }
}
