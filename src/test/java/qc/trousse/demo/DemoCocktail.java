package qc.trousse.demo;

import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The cocktail at the Assemblée nationale, the office's minivan, and the people from the riding it invited. */
final class DemoCocktail {
    /** A young Inuk ambassador, her name written in syllabics as she writes it. */
    static final String SYLLABICS_GUEST = "ᓄᕙ ᐊᓐᓇᑦᓯᐊᖅ";
    static final String MINIVAN = "Minifourgonnette du bureau";

    private DemoCocktail() {
    }

    static void fill(CocktailService cocktail, GuestService guests) {
        cocktail.update("start", e -> e.withTimes(LocalTime.of(17, 0), LocalTime.of(19, 0)));
        cocktail.update("room", e -> e.withPlace("Salle du Conseil législatif", "Porte 3, entrée des visiteurs"));
        cocktail.update("bring", e -> e.withBring("Rubans verts et blancs, trois certificats signés, cartes"));
        cocktail.update("departurePlace", e -> e.withDeparturePlace("Bureau de circonscription, Rimouski"));
        cocktail.update("staff", e -> e.withAttendingStaff(List.of(DemoWeek.JULIEN, DemoWeek.SOPHIE)));
        Vehicle van = cocktail.addVehicle(new Vehicle(0, MINIVAN, VehicleKind.CAR, 7, List.of()));
        cocktail.seatStaff(DemoWeek.JULIEN, van.id());
        cocktail.seatStaff(DemoWeek.SOPHIE, van.id());

        List<Guest> invited = new ArrayList<>();
        invited.add(guest(GuestKind.PERSON, "Gisèle Lévesque-Côté", "Centre d'aide aux devoirs L'Envol",
                "bénévole", "Vingt ans d'aide aux devoirs, trois soirs par semaine", RsvpState.ATTENDED, 1, "",
                "", true, van.id()));
        invited.add(guest(GuestKind.PERSON, "Tshiuetin Vollant", "Centre d'amitié autochtone",
                "intervenante jeunesse", "Accompagne les élèves innus vers le diplôme", RsvpState.ATTENDED, 1,
                "", "", true, van.id()));
        invited.add(guest(GuestKind.PERSON, SYLLABICS_GUEST, "Cégep, programme d'accueil des élèves inuit",
                "élève ambassadrice", "Porte-parole des élèves pour la persévérance", RsvpState.ATTENDED, 2,
                "sans arachides", "", false, van.id()));
        invited.add(guest(GuestKind.PERSON, "Jean-François O'Neill", "École secondaire des Berges",
                "directeur", "Programme de mentorat entre élèves", RsvpState.CONFIRMED, 1, "", "", false, 0));
        invited.add(guest(GuestKind.ORGANISATION, "Fondation Élan-Jeunesse du Bas-Saint-Laurent", "",
                "représentée par sa présidente, Chantal Gagnon-Roy", "Bourses de persévérance depuis 2012",
                RsvpState.CONFIRMED, 2, "végétarien", "fauteuil roulant, accès par la porte 3", false, 0));
        invited.add(guest(GuestKind.ORGANISATION, "Cercle jeunesse Kanien'kehá:ka", "",
                "délégation de deux jeunes", "Ateliers de langue et de culture après l'école", RsvpState.DECLINED,
                2, "", "", false, 0));
        invited.add(guest(GuestKind.PERSON, "Hélène Bérubé", "Commission scolaire, service d'orientation",
                "conseillère d'orientation", "Accompagne les décrocheurs vers la formation professionnelle",
                RsvpState.DECLINED, 1, "", "", false, 0));
        invited.add(guest(GuestKind.PERSON, "Rémi Saint-Pierre", "Club de robotique Les Bricoleurs du Fleuve",
                "entraîneur bénévole", "Garde les jeunes motivés par la robotique", RsvpState.INVITED, 1, "", "",
                false, 0));
        for (int i = 0; i < invited.size(); i++) {
            guests.add(reachable(invited.get(i), i + 1));
        }
    }

    private static Guest guest(GuestKind kind, String name, String organisation, String role, String reason,
                               RsvpState rsvp, int party, String dietary, String access, boolean certificate,
                               long vehicle) {
        return new Guest(0, kind, name, organisation, role, "", "", reason, rsvp, party, dietary, access,
                certificate, vehicle);
    }

    /** Gives the n-th guest an e-mail made from the name and a fictional 555-01xx phone number. */
    private static Guest reachable(Guest g, int n) {
        return new Guest(0, g.kind(), g.name(), g.organisation(), g.role(), email(g.name(), n),
                String.format("418 555-01%02d", 50 + n), g.reason(), g.rsvp(), g.partySize(), g.dietary(),
                g.accessibility(), g.certificate(), g.vehicleId());
    }

    /** "Gisèle Lévesque-Côté" → gisele.levesque-cote@exemple.qc.ca; a name in syllabics gets a numbered one. */
    private static String email(String name, int n) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z -]", "").strip().replaceAll("\\s+", ".");
        return (ascii.isEmpty() ? "invite" + n : ascii) + "@exemple.qc.ca";
    }
}
