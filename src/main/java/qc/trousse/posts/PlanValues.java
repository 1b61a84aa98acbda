package qc.trousse.posts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the plan and the recipients say about a template's gesture: the day it is planned, and the person and
 * organisation to name when the recipients leave no doubt (exactly one of that kind dated on that day).
 * A guess is never made between two names: the placeholder then stays visible and the names are offered.
 */
public record PlanValues(LocalDate gestureDay, String person, String organisation) {
    public static final PlanValues NONE = new PlanValues(null, "", "");

    public static PlanValues of(PostTemplate template, List<LocalDate> days, WeekPlan plan, HonouredList honoured) {
        Optional<LocalDate> day = plannedDay(template.gestureId(), days, plan);
        if (day.isEmpty()) {
            return NONE;
        }
        List<Honoured> that = honoured.all().stream().filter(h -> day.get().equals(h.date())).toList();
        return new PlanValues(day.get(), sole(that, false), sole(that, true));
    }

    /** The first campaign day the gesture is planned on, if it is. */
    public static Optional<LocalDate> plannedDay(String gestureId, List<LocalDate> days, WeekPlan plan) {
        if (gestureId == null || gestureId.isBlank()) {
            return Optional.empty();
        }
        return days.stream().filter(d -> plan.on(d).stream().anyMatch(i -> i.gestureId().equals(gestureId)))
                .findFirst();
    }

    /** The names of one kind, those honoured on the gesture's day first, then by name. */
    public static List<String> names(List<Honoured> all, boolean organisation, LocalDate first) {
        return all.stream().filter(h -> h.organisation() == organisation)
                .sorted(Comparator.comparing((Honoured h) -> !h.date().equals(first))
                        .thenComparing(Honoured::name, String.CASE_INSENSITIVE_ORDER))
                .map(Honoured::name).distinct().toList();
    }

    private static String sole(List<Honoured> that, boolean organisation) {
        List<String> names = that.stream().filter(h -> h.organisation() == organisation).map(Honoured::name)
                .distinct().toList();
        return names.size() == 1 ? names.get(0) : "";
    }
}
