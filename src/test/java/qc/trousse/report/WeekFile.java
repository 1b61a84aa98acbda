package qc.trousse.report;

import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

/** A real data file with a week in it, made through the services as the window would. */
public final class WeekFile {
    public static final String SYLLABICS = "ᐃᓄᒃᑎᑐᑦ";

    private WeekFile() {
    }

    public static Session open(Path file) {
        try {
            return new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
        } catch (DataFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills the file: a profile, four gestures (two done, one planned, one cancelled), five guests. */
    public static void fill(Path file) {
        try (Session s = open(file)) {
            s.office().update("mnaName", p -> p.withMnaName("Harold LeBel").withTitle(MnaTitle.DEPUTE));
            s.office().chooseRiding(s.office().ridings().find("Rimouski").orElseThrow());
            GestureService g = s.gestures();
            done(g, "certificate", LocalDate.of(2020, 2, 20), LocalTime.of(10, 30), "École secondaire Paul-Hubert",
                    "Marc D'Amours");
            done(g, "ribbon", LocalDate.of(2020, 2, 17), LocalTime.of(8, 0), "Bureau de circonscription",
                    "Julie Paré");
            PlannedGesture planned = g.choose("encouragement");
            g.setState(planned.id(), GestureState.PLANNED);
            PlannedGesture cancelled = g.choose("thanks");
            g.setState(cancelled.id(), GestureState.CANCELLED);
            GuestService guests = s.guests();
            guest(guests, "Gérard D’Amours-Lévesque", "Cégep de Rimouski", RsvpState.ATTENDED);
            guest(guests, SYLLABICS + " Qaunnaq", "Kativik Ilisarniliriniq", RsvpState.ATTENDED);
            guest(guests, "Kanien'kehá:ka Onkwehón:we", "Conseil scolaire Kahnawà:ke", RsvpState.CONFIRMED);
            guest(guests, "Marie-Ève Tremblay", "", RsvpState.DECLINED);
            guest(guests, "Luc Bérubé", "Maison des jeunes", RsvpState.INVITED);
        }
    }

    private static void done(GestureService g, String key, LocalDate day, LocalTime start, String place,
                             String owner) {
        PlannedGesture p = g.choose(key);
        g.move(p.id(), day);
        g.setTimes(p.id(), start, start.plusHours(1));
        g.setPlace(p.id(), place);
        g.setOwner(p.id(), owner);
        g.setState(p.id(), GestureState.PLANNED);
        g.setState(p.id(), GestureState.DONE);
    }

    private static void guest(GuestService guests, String name, String organisation, RsvpState rsvp) {
        Guest added = guests.add(Guest.named(name).withOrganisation(organisation));
        guests.setRsvp(added.id(), rsvp);
    }
}
