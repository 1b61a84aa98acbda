package qc.trousse.gestures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The plan as the file holds it and as memory mirrors it: the planned and custom gestures, written through the
 * store, and who to tell when they change. The undoable edits of {@link GestureService} write through here.
 */
final class PlanBook {
    private final GestureStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<PlannedGesture> plan = new ArrayList<>();
    private final List<CustomGesture> custom = new ArrayList<>();

    PlanBook(GestureStore store) {
        this.store = store;
        plan.addAll(store.loadPlan());
        custom.addAll(store.loadCustom());
    }

    List<PlannedGesture> plan() {
        return plan;
    }

    List<CustomGesture> custom() {
        return custom;
    }

    long nextId() {
        return store.nextId();
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

    /** Reads the plan and the custom gestures again (a colleague changed them on the office's server). */
    void reload() {
        plan.clear();
        plan.addAll(store.loadPlan());
        custom.clear();
        custom.addAll(store.loadCustom());
        fire();
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    void fire() {
        listeners.forEach(Runnable::run);
    }
}
