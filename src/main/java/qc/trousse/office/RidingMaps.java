package qc.trousse.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every electoral map the app knows, each from the day it takes effect: the 2017 map (Bourget renamed
 * Camille-Laurin in 2022) and the 2025 map in force from the general election of 5 October 2026. A file's
 * riding is read on the map in force on its week's first day; a name of another map is traced to the names
 * that took over its territory, so a former name is refused with the current one and an office carried into a
 * new edition is offered its riding's new name.
 */
public final class RidingMaps {
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<RidingChange> changes;

    /** The day a map (or a change to it) takes effect, and its ridings from that day on. */
    private record Snapshot(LocalDate from, String map, Ridings ridings) {
    }

    RidingMaps(Ridings base, List<RidingChange> changes) {
        if (changes.isEmpty() || changes.get(0).kind() != RidingChange.Kind.BASE) {
            throw new IllegalStateException(RidingMapFile.RESOURCE + ": the first row must be the base map");
        }
        this.changes = List.copyOf(changes);
        RidingChange first = changes.get(0);
        snapshots.add(new Snapshot(first.inForceFrom(), first.map(), base.on(first.inForceFrom(), first.map(), this)));
        RidingMapHistory.build(base, changes.subList(1, changes.size()), (from, map, ridings) ->
                snapshots.add(new Snapshot(from, map, new Ridings(ridings, base.regions()).on(from, map, this))));
    }

    /** The shipped maps: circonscriptions.csv as the base, riding-maps.csv for what changed after. */
    public static RidingMaps shipped() {
        return over(Ridings.load());
    }

    /** The shipped change log applied over a base map (the 2017 map as Ridings.load() reads it). */
    public static RidingMaps over(Ridings base) {
        return new RidingMaps(base, RidingMapFile.shipped());
    }

    /**
     * The ridings in force on a day, read on that day (its check names that day); before the first shipped map,
     * that first map.
     */
    public Ridings inForceOn(LocalDate day) {
        Snapshot found = snapshots.get(0);
        for (Snapshot s : snapshots) {
            if (!s.from().isAfter(day)) {
                found = s;
            }
        }
        return found.ridings().on(day, found.map(), this);
    }

    /** The map's year ("2017", "2025") in force on a day. */
    public String mapOn(LocalDate day) {
        return inForceOn(day).map();
    }

    /**
     * The ridings in force on a day that took over a name no longer in force then: one for a rename or a merge
     * (Gaspé → Gaspé-Bonaventure), several for a split (LaFontaine); empty when the name is in force or unknown.
     */
    public List<Riding> successors(String formerName, LocalDate day) {
        Ridings now = inForceOn(day);
        if (now.byName(formerName).isPresent()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        follow(formerName, day, now, names, new LinkedHashSet<>());
        return names.stream().map(n -> now.byName(n).orElseThrow()).toList();
    }

    private void follow(String name, LocalDate day, Ridings now, Set<String> found, Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        for (RidingChange c : changes) {
            if (c.links(name) && !c.inForceFrom().isAfter(day)) {
                String next = c.now().name();
                if (now.byName(next).isPresent()) {
                    found.add(next);
                } else {
                    follow(next, day, now, found, seen);
                }
            }
        }
    }

    /** The ridings in force on a day whose territory a later name takes over (Camille-Laurin ← Bourget). */
    public List<Riding> predecessors(String laterName, LocalDate day) {
        Ridings then = inForceOn(day);
        Set<String> names = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>(List.of(laterName));
        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.iterator().next();
            pending.remove(name);
            if (!seen.add(name)) {
                continue;
            }
            for (RidingChange c : changes) {
                if (c.kind().endsOldName() && c.now().name().equals(name)) {
                    (then.byName(c.oldName()).isPresent() ? names : pending).add(c.oldName());
                }
            }
        }
        return names.stream().map(n -> then.byName(n).orElseThrow()).toList();
    }

    /**
     * An office's riding carried into an edition whose week starts on {@code firstDay}: the same riding where
     * its name is still in force, its new name after a rename or a merge, the ridings to choose from after a
     * split, nothing proposed when its name is not traced (the office picks on the new map).
     */
    public RidingCarry carryOver(Riding former, LocalDate firstDay) {
        Optional<Riding> same = inForceOn(firstDay).byName(former.name());
        return new RidingCarry(former, firstDay,
                same.map(List::of).orElseGet(() -> successors(former.name(), firstDay)));
    }

    /** The riding a profile stores ({@link Riding#key()}) in an edition of {@code fromDay}, carried to {@code toDay}. */
    public Optional<RidingCarry> carryOver(String ridingKey, LocalDate fromDay, LocalDate toDay) {
        return inForceOn(fromDay).byKey(ridingKey).map(r -> carryOver(r, toDay));
    }

    /** What a typed name or code is on a day: a riding in force, a former or later one, several, or nothing. */
    public RidingAnswer check(String typed, LocalDate day) {
        Ridings now = inForceOn(day);
        Optional<Riding> exact = now.exact(typed);
        if (exact.isPresent()) {
            return new RidingAnswer.Found(exact.get());
        }
        Optional<RidingAnswer> other = otherMap(typed, day);
        if (other.isPresent()) {
            return other.get();
        }
        List<Riding> hits = now.search(typed);
        if (hits.size() == 1) {
            return new RidingAnswer.Found(hits.get(0));
        }
        return hits.isEmpty() ? new RidingAnswer.None(typed.trim())
                : new RidingAnswer.Several(typed.trim(), hits);
    }

    /** A name or code that is exactly a riding of another day's map. */
    Optional<RidingAnswer> otherMap(String typed, LocalDate day) {
        for (Snapshot s : snapshots) {
            Optional<Riding> hit = s.ridings().exact(typed);
            if (hit.isPresent() && inForceOn(day).byName(hit.get().name()).isEmpty()) {
                String name = hit.get().name();
                LocalDate first = firstDay(name);
                if (first.isAfter(day)) {
                    return Optional.of(new RidingAnswer.Later(name, first, day, predecessors(name, day)));
                }
                return Optional.of(new RidingAnswer.Former(name, goneFrom(name, day), successors(name, day)));
            }
        }
        return Optional.empty();
    }

    private LocalDate firstDay(String name) {
        return snapshots.stream().filter(s -> s.ridings().byName(name).isPresent()).findFirst()
                .orElseThrow().from();
    }

    /** The first change, on or before the day, after which the name is no longer in force. */
    private LocalDate goneFrom(String name, LocalDate day) {
        LocalDate gone = null;
        boolean inForce = false;
        for (Snapshot s : snapshots) {
            boolean has = s.ridings().byName(name).isPresent();
            if (inForce && !has && !s.from().isAfter(day)) {
                gone = s.from();
            }
            inForce = has;
        }
        return gone;
    }

    /** The days each map or change takes effect, for the tests and the record of what ships. */
    Map<LocalDate, String> days() {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        snapshots.forEach(s -> days.put(s.from(), s.map()));
        return days;
    }
}
