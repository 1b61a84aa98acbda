package qc.trousse.cocktail;

import qc.trousse.edit.EditHistory;
import qc.trousse.edit.SnapshotEdit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The cocktail event and the vehicles that take people there. Every change is saved at once as an undoable
 * edit. The region's default travel time and the MNA's other commitments come from outside, as suppliers,
 * so the profile or the week plan can change under it.
 */
public final class CocktailService {
    private final CocktailStore store;
    private final EditHistory history;
    private final TravelTimes travelTimes;
    private final Supplier<String> region;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Vehicle> vehicles = new TreeMap<>();
    private DayAgenda agenda = DayAgenda.NONE;
    private WeekCalendar week = WeekCalendar.NONE;
    private CocktailEvent event;

    /** @param defaults the event as the edition announces it, until the office plans its own hours and room */
    public CocktailService(CocktailStore store, EditHistory history, CocktailEvent defaults, TravelTimes travelTimes,
                           Supplier<String> region) {
        this.store = store;
        this.history = history;
        this.travelTimes = travelTimes;
        this.region = region;
        this.event = store.loadEvent(defaults.date()).map(e -> e.at(defaults.address())).orElse(defaults);
        store.vehicles().forEach(v -> vehicles.put(v.id(), v));
    }

    public CocktailEvent event() {
        return event;
    }

    /** Changes the event as an undoable edit; changes of the same field fold into one undo step. */
    public void update(String field, UnaryOperator<CocktailEvent> change) {
        CocktailEvent after = change.apply(event);
        if (!after.equals(event)) {
            history.perform(SnapshotEdit.writing("cocktail.edit." + field, event, after, this::setEvent)
                    .folding(field));
        }
    }

    public Duration regionTravel() {
        return travelTimes.forRegion(region.get());
    }

    public TravelPlan plan() {
        return TravelPlan.of(event, regionTravel());
    }

    /** Where the MNA's other commitments come from; the week plan is wired in here. */
    public void setAgenda(DayAgenda agenda) {
        this.agenda = agenda == null ? DayAgenda.NONE : agenda;
        listeners.forEach(Runnable::run);
    }

    /** Tells the screen to look again for conflicts: call it when the plan behind the agenda changed. */
    public void agendaChanged() {
        listeners.forEach(Runnable::run);
    }

    public DayAgenda agenda() {
        return agenda;
    }

    /** Where the week's other entries come from for a calendar export of the whole week. */
    public void setWeek(WeekCalendar week) {
        this.week = week == null ? WeekCalendar.NONE : week;
    }

    /** The entries of a calendar export: the cocktail, or with {@code withWeek} its trip and the week too. */
    public List<CalendarItem> calendar(String title, boolean withWeek) {
        return CalendarEntries.export(event, plan(), title, withWeek, week);
    }

    public List<Busy> conflicts() {
        return Conflicts.find(plan(), agenda);
    }

    public List<Vehicle> vehicles() {
        return List.copyOf(vehicles.values());
    }

    public Optional<Vehicle> vehicle(long id) {
        return Optional.ofNullable(vehicles.get(id));
    }

    public Vehicle addVehicle(Vehicle vehicle) {
        Vehicle added = vehicle.withId(store.nextVehicleId());
        perform("cocktail.edit.vehicleAdd", added.id(), null, added);
        return added;
    }

    public void updateVehicle(Vehicle vehicle) {
        Vehicle before = vehicles.get(vehicle.id());
        if (before != null && !before.equals(vehicle)) {
            perform("cocktail.edit.vehicleEdit", vehicle.id(), before, vehicle);
        }
    }

    /** Removes a vehicle; refused (false) while guests still ride in it, so no one loses a seat unseen. */
    public boolean deleteVehicle(long id, List<Guest> guests) {
        Vehicle before = vehicles.get(id);
        if (before == null || guests.stream().anyMatch(g -> g.vehicleId() == id)) {
            return false;
        }
        perform("cocktail.edit.vehicleDelete", id, before, null);
        return true;
    }

    /** Seats a staff member in a vehicle (0: in none), leaving any other seat, as one undo step. */
    public void seatStaff(String name, long vehicleId) {
        Map<Long, Vehicle> before = new TreeMap<>();
        Map<Long, Vehicle> after = new TreeMap<>();
        for (Vehicle v : vehicles.values()) {
            List<String> staff = new ArrayList<>(v.staff());
            boolean changed = staff.remove(name);
            if (v.id() == vehicleId) {
                staff.add(name);
                changed = true;
            }
            if (changed && !staff.equals(v.staff())) {
                before.put(v.id(), v);
                after.put(v.id(), v.withStaff(staff));
            }
        }
        if (!after.isEmpty()) {
            history.perform(SnapshotEdit.writing("cocktail.edit.vehicleEdit", before, after, this::writeVehicles));
        }
    }

    private void perform(String key, long id, Vehicle before, Vehicle after) {
        Map<Long, Vehicle> b = new TreeMap<>();
        b.put(id, before);
        Map<Long, Vehicle> a = new TreeMap<>();
        a.put(id, after);
        history.perform(SnapshotEdit.writing(key, b, a, this::writeVehicles));
    }

    /** Reads the event and the vehicles again and tells the screens: a colleague changed them on the server. */
    public void reload() {
        event = store.loadEvent(event.date()).map(e -> e.at(event.address())).orElse(event);
        vehicles.clear();
        store.vehicles().forEach(v -> vehicles.put(v.id(), v));
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void setEvent(CocktailEvent next) {
        store.saveEvent(next);
        event = next;
        listeners.forEach(Runnable::run);
    }

    /** Writes each vehicle's new state; null deletes it. */
    private void writeVehicles(Map<Long, Vehicle> state) {
        List<Vehicle> put = state.values().stream().filter(java.util.Objects::nonNull).toList();
        List<Long> delete = state.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        store.writeVehicles(put, delete);
        put.forEach(v -> vehicles.put(v.id(), v));
        delete.forEach(vehicles::remove);
        listeners.forEach(Runnable::run);
    }

    /** Staff of the office not yet in any vehicle, for the seat plan. */
    public List<String> staffWithoutSeat(List<String> attending) {
        List<String> left = new ArrayList<>(attending);
        vehicles.values().forEach(v -> left.removeAll(v.staff()));
        left.sort(Comparator.naturalOrder());
        return left;
    }
}
