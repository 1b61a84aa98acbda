package qc.trousse.cocktail;

import java.util.List;

/** A car or bus from the riding to Québec City, its seats, and the office staff riding in it. */
public record Vehicle(long id, String name, VehicleKind kind, int seats, List<String> staff) {
    public Vehicle {
        name = name == null ? "" : name.strip();
        staff = List.copyOf(staff);
    }

    public Vehicle withId(long v) {
        return new Vehicle(v, name, kind, seats, staff);
    }

    public Vehicle withStaff(List<String> v) {
        return new Vehicle(id, name, kind, seats, v);
    }

    /** Seats taken: the staff on board plus the whole party of each guest who is coming. */
    public int occupied(List<Guest> guests) {
        int taken = staff.size();
        for (Guest g : guests) {
            if (g.vehicleId() == id && g.rsvp() != RsvpState.DECLINED) {
                taken += g.partySize();
            }
        }
        return taken;
    }

    public boolean overCapacity(List<Guest> guests) {
        return occupied(guests) > seats;
    }
}
