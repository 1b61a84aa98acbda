package qc.trousse.posts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the posts read from the rest of the file: the week plan (for {date} and the calendar) and who is
 * honoured (for {personne} and {organisme}). Both come in from outside and can be swapped when the file opens.
 */
public final class PostLinks {
    private final List<LocalDate> days;
    private volatile WeekPlan plan = WeekPlan.NONE;
    private volatile HonouredList honoured = HonouredList.NONE;

    public PostLinks(List<LocalDate> days) {
        this.days = List.copyOf(days);
    }

    public void setPlan(WeekPlan plan) {
        this.plan = plan == null ? WeekPlan.NONE : plan;
    }

    public void setHonoured(HonouredList honoured) {
        this.honoured = honoured == null ? HonouredList.NONE : honoured;
    }

    /** The gestures planned on a day, for the posting calendar. */
    public List<PlannedItem> on(LocalDate day) {
        return plan.on(day);
    }

    /** The day the template's gesture is planned, if it has one and it is planned. */
    public Optional<LocalDate> plannedDay(PostTemplate template) {
        return PlanValues.plannedDay(template.gestureId(), days, plan);
    }

    /** The day a campaign gesture ("certificate") is planned, for a post already made about it. */
    public Optional<LocalDate> plannedDay(String gestureId) {
        return PlanValues.plannedDay(gestureId, days, plan);
    }

    public PlanValues values(PostTemplate template) {
        return PlanValues.of(template, days, plan, honoured);
    }

    /** People to offer for {personne}: those honoured on the template's gesture day first. */
    public List<String> people(PostTemplate template) {
        return PlanValues.names(honoured.all(), false, plannedDay(template).orElse(null));
    }

    /** Organisations to offer for {organisme}, in the same order. */
    public List<String> organisations(PostTemplate template) {
        return PlanValues.names(honoured.all(), true, plannedDay(template).orElse(null));
    }
}
