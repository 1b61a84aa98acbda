package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.WeekWords;
import qc.trousse.edit.EditHistory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The week plan of the open file. Every change is an undoable edit, checked before anything is written, so
 * a refused value leaves the file as it was. Other features read the plan through {@link #on(LocalDate)}.
 */
public final class GestureService {
    static final String TODAY = "gestures.today";
    private final GestureStore store;
    private final EditHistory history;
    private final Campaign campaign;
    private final Function<String, Optional<String>> readSetting;
    private final BiConsumer<String, String> writeSetting;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<PlannedGesture> plan = new ArrayList<>();
    private final List<CustomGesture> custom = new ArrayList<>();

    public GestureService(GestureStore store, EditHistory history, Campaign campaign,
                          Function<String, Optional<String>> readSetting, BiConsumer<String, String> writeSetting) {
        this.store = store;
        this.history = history;
        this.campaign = campaign;
        this.readSetting = readSetting;
        this.writeSetting = writeSetting;
        plan.addAll(store.loadPlan());
        custom.addAll(store.loadCustom());
    }

    public Campaign campaign() {
        return campaign;
    }

    /** The whole plan, by day then start time. */
    public List<PlannedGesture> all() {
        return plan.stream().sorted(Comparator.comparing(PlannedGesture::day).thenComparing(PlannedGesture::start)
                .thenComparingLong(PlannedGesture::id)).toList();
    }

    /** The gestures of one day (cancelled ones left out), by start time, with times and owner. */
    public List<PlannedGesture> on(LocalDate day) {
        return all().stream().filter(g -> g.day().equals(day) && g.state().active()).toList();
    }

    public Optional<PlannedGesture> find(long id) {
        return plan.stream().filter(g -> g.id() == id).findFirst();
    }

    public GestureCatalogue catalogue() {
        return new GestureCatalogue(campaign, custom);
    }

    public String title(PlannedGesture g) {
        return catalogue().title(g);
    }

    public List<Overlap> overlaps() {
        return Overlap.in(plan);
    }

    public WeekSummary summary() {
        return WeekSummary.of(plan, today());
    }

    /** The simulated "today" of the dashboard: a campaign day, Monday until the office picks another. */
    public LocalDate today() {
        return readSetting.apply(TODAY).map(LocalDate::parse).filter(campaign::contains).orElse(campaign.start());
    }

    public void setToday(LocalDate day) {
        GestureRules.day(campaign, day).ifPresent(k -> {
            throw new GestureRejected(k, WeekWords.with(campaign));
        });
        if (!day.equals(today())) {
            history.perform(GestureEdits.today(this, today(), day));
        }
    }

    /** Puts a catalogue or custom gesture in the plan as an idea, with its usual slot and prefilled checklist. */
    public PlannedGesture choose(String gestureKey) {
        catalogue().entry(gestureKey).orElseThrow(() -> new GestureRejected("gestures.error.unknown", gestureKey));
        if (GestureTemplates.COCKTAIL.equals(gestureKey)
                && plan.stream().anyMatch(g -> g.isCocktail() && g.state().active())) {
            throw new GestureRejected("gestures.error.cocktailTwice");
        }
        PlannedGesture g = fresh(store.nextId(), gestureKey);
        history.perform(GestureEdits.plan(this, "choose", null, g));
        return g;
    }

    /** Writes a gesture of the office's own and puts it in the plan, with an empty checklist. */
    public PlannedGesture addCustom(String title, String familyId, String description) {
        GestureRules.title(title).ifPresent(k -> {
            throw new GestureRejected(k);
        });
        long id = store.nextId();
        CustomGesture c = new CustomGesture(id, title.trim(), familyId, description == null ? "" : description.trim());
        PlannedGesture g = fresh(store.nextId(), c.key());
        history.perform(GestureEdits.custom(this, c, g));
        return g;
    }

    public void remove(long id) {
        find(id).ifPresent(g -> history.perform(GestureEdits.plan(this, "remove", g, null)));
    }

    public void move(long id, LocalDate day) {
        change(id, "move", g -> g.withDay(day));
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

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private PlannedGesture fresh(long id, String key) {
        qc.trousse.campaign.GestureTemplate t = GestureTemplates.of(campaign, key);
        boolean cocktail = GestureTemplates.COCKTAIL.equals(key);
        return new PlannedGesture(id, key, cocktail ? campaign.cocktailDate() : campaign.start(), t.start(), t.end(),
                cocktail ? campaign.cocktailPlace().current() : "", "", GestureState.IDEA,
                GestureTemplates.checklist(campaign, key, ""));
    }

    private void change(long id, String field, UnaryOperator<PlannedGesture> how) {
        PlannedGesture before = find(id).orElseThrow(() -> new GestureRejected("gestures.error.gone"));
        PlannedGesture after = how.apply(before);
        GestureRules.check(campaign, after).ifPresent(k -> {
            throw new GestureRejected(k, WeekWords.with(campaign));
        });
        if (!after.equals(before)) {
            history.perform(GestureEdits.plan(this, field, before, after));
        }
    }

    /** Swaps one version of a gesture for another in the file and in memory; null means absent. */
    void replace(PlannedGesture out, PlannedGesture in) {
        if (in != null) {
            store.save(in);
        } else if (out != null) {
            store.delete(out.id());
        }
        if (out != null) {
            plan.removeIf(g -> g.id() == out.id());
        }
        if (in != null) {
            plan.add(in);
        }
        fire();
    }

    void putCustom(CustomGesture c, boolean present) {
        if (present) {
            store.saveCustom(c);
            custom.add(c);
        } else {
            store.deleteCustom(c.id());
            custom.removeIf(x -> x.id() == c.id());
        }
    }

    void writeToday(LocalDate day) {
        writeSetting.accept(TODAY, day.toString());
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
