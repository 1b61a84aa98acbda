package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.WeekWords;
import qc.trousse.edit.EditHistory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The week plan of the open file. Every change is an undoable edit, checked before anything is written, so
 * a refused value leaves the file as it was. Other features read the plan through {@link #on(LocalDate)}.
 */
public final class GestureService {
    private final PlanBook book;
    private final EditHistory history;
    private final Campaign campaign;
    private final TrainingDay trainingDay;

    public GestureService(GestureStore store, EditHistory history, Campaign campaign,
                          Function<String, Optional<String>> readSetting, BiConsumer<String, String> writeSetting) {
        this.book = new PlanBook(store);
        this.history = history;
        this.campaign = campaign;
        this.trainingDay = new TrainingDay(campaign, history, readSetting, writeSetting, book::fire);
    }

    public Campaign campaign() {
        return campaign;
    }

    /** The whole plan, by day then start time. */
    public List<PlannedGesture> all() {
        return book.plan().stream().sorted(Comparator.comparing(PlannedGesture::day).thenComparing(PlannedGesture::start)
                .thenComparingLong(PlannedGesture::id)).toList();
    }

    /** The gestures of one day (cancelled ones left out), by start time, with times and owner. */
    public List<PlannedGesture> on(LocalDate day) {
        return all().stream().filter(g -> g.day().equals(day) && g.state().active()).toList();
    }

    public Optional<PlannedGesture> find(long id) {
        return book.plan().stream().filter(g -> g.id() == id).findFirst();
    }

    public GestureCatalogue catalogue() {
        return new GestureCatalogue(campaign, book.custom());
    }

    public String title(PlannedGesture g) {
        return catalogue().title(g);
    }

    public List<Overlap> overlaps() {
        return Overlap.in(book.plan());
    }

    /** The week at a glance on the real date, or on the campaign day the office simulates. */
    public WeekSummary summary(LocalDate realToday) {
        return WeekSummary.of(book.plan(), trainingDay.on(realToday));
    }

    /** The dashboard's day: the real date unless a campaign day is simulated. */
    public TrainingDay trainingDay() {
        return trainingDay;
    }

    /** Puts a catalogue or custom gesture in the plan as an idea, with its usual slot and prefilled checklist. */
    public PlannedGesture choose(String gestureKey) {
        catalogue().entry(gestureKey).orElseThrow(() -> new GestureRejected("gestures.error.unknown", gestureKey));
        if (GestureTemplates.COCKTAIL.equals(gestureKey)
                && book.plan().stream().anyMatch(g -> g.isCocktail() && g.state().active())) {
            throw new GestureRejected("gestures.error.cocktailTwice");
        }
        PlannedGesture g = GestureTemplates.fresh(campaign, book.nextId(), gestureKey);
        history.perform(GestureEdits.plan(book, "choose", null, g));
        return g;
    }

    /** Writes a gesture of the office's own and puts it in the plan, with an empty checklist. */
    public PlannedGesture addCustom(String title, String familyId, String description) {
        GestureRules.title(title).ifPresent(k -> {
            throw new GestureRejected(k);
        });
        long id = book.nextId();
        CustomGesture c = new CustomGesture(id, title.trim(), familyId, description == null ? "" : description.trim());
        PlannedGesture g = GestureTemplates.fresh(campaign, book.nextId(), c.key());
        history.perform(GestureEdits.custom(book, c, g));
        return g;
    }

    public void remove(long id) {
        find(id).ifPresent(g -> history.perform(GestureEdits.plan(book, "remove", g, null)));
    }

    public void move(long id, LocalDate day) {
        change(id, "move", g -> g.withDay(day));
    }

    /**
     * The edits that would move the gestures of the week left behind to the same weekday of the new one, not yet
     * made: the edition's week change makes them in its own step, so no rule is checked against the old week.
     */
    public List<qc.trousse.edit.Edit> shifting(qc.trousse.campaign.WeekShift shift) {
        return List.copyOf(book.plan()).stream().filter(g -> shift.moves(g.day()))
                .map(g -> GestureEdits.plan(book, "move", g, g.withDay(shift.apply(g.day())))).toList();
    }

    public void setTimes(long id, LocalTime start, LocalTime end) {
        change(id, "times", g -> g.withTimes(start, end));
    }

    public void setPlace(long id, String place) {
        change(id, "place", g -> g.withPlace(place == null ? "" : place));
    }

    /** A new owner takes over the items the previous owner held (or nobody did). */
    public void setOwner(long id, String owner) {
        change(id, "owner", g -> {
            PlannedGesture next = g.withOwner(owner);
            for (int i = 0; i < g.checklist().size(); i++) {
                String held = g.checklist().get(i).owner();
                if (held.isBlank() || held.equals(g.owner())) {
                    next = next.withItem(i, item -> item.withOwner(owner));
                }
            }
            return next;
        });
    }

    public void setState(long id, GestureState state) {
        change(id, "state", g -> {
            if (!g.state().canMoveTo(state)) {
                throw new GestureRejected("gestures.error.state");
            }
            return g.withState(state);
        });
    }

    public void tick(long id, int index, boolean done) {
        change(id, done ? "tick" : "untick", g -> g.withItem(index, i -> i.withDone(done)));
    }

    public void editItem(long id, int index, String text) {
        change(id, "itemText", g -> g.withItem(index, i -> i.withText(text == null ? "" : text)));
    }

    /** Moves a step's due date: days before (negative) or after the gesture day. */
    public void setItemOffset(long id, int index, int offsetDays) {
        change(id, "itemOffset", g -> g.withItem(index, i -> i.withOffset(offsetDays)));
    }

    public void reassign(long id, int index, String owner) {
        change(id, "reassign", g -> g.withItem(index, i -> i.withOwner(owner)));
    }

    public void addItem(long id, String text, int offsetDays, String owner) {
        GestureRules.title(text).ifPresent(k -> {
            throw new GestureRejected("gestures.error.itemText");
        });
        change(id, "addItem", g -> g.plusItem(ChecklistItem.custom(text.trim(), offsetDays, owner)));
    }

    public void removeItem(long id, int index) {
        change(id, "removeItem", g -> g.minusItem(index));
    }

    /** Reads the plan again and tells the screens: a colleague changed it on the office's server. */
    public void reload() {
        book.reload();
    }

    public void addListener(Runnable listener) {
        book.addListener(listener);
    }

    public void removeListener(Runnable listener) {
        book.removeListener(listener);
    }

    private void change(long id, String field, UnaryOperator<PlannedGesture> how) {
        PlannedGesture before = find(id).orElseThrow(() -> new GestureRejected("gestures.error.gone"));
        PlannedGesture after = how.apply(before);
        GestureRules.check(campaign, after).ifPresent(k -> {
            throw new GestureRejected(k, WeekWords.with(campaign));
        });
        if (!after.equals(before)) {
            history.perform(GestureEdits.plan(book, field, before, after));
        }
    }
}
