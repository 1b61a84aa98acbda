package qc.trousse.demo;

import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;

import java.time.LocalTime;
import java.util.List;

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

        guests.add(guest(GuestKind.PERSON, "Gisèle Lévesque-Côté", "Centre d'aide aux devoirs L'Envol",
                "bénévole", "Vingt ans d'aide aux devoirs, trois soirs par semaine", RsvpState.ATTENDED, 1, "",
                "", true, van.id()));
        guests.add(guest(GuestKind.PERSON, "Tshiuetin Vollant", "Centre d'amitié autochtone (fictif)",
                "intervenante jeunesse", "Accompagne les élèves innus vers le diplôme", RsvpState.ATTENDED, 1,
                "", "", true, van.id()));
        guests.add(guest(GuestKind.PERSON, SYLLABICS_GUEST, "Cégep, programme d'accueil des élèves inuit",
                "élève ambassadrice", "Porte-parole des élèves pour la persévérance", RsvpState.ATTENDED, 2,
                "sans arachides", "", false, van.id()));
        guests.add(guest(GuestKind.PERSON, "Jean-François O'Neill", "École secondaire des Berges",
                "directeur", "Programme de mentorat entre élèves", RsvpState.CONFIRMED, 1, "", "", false, 0));
        guests.add(guest(GuestKind.ORGANISATION, "Fondation Élan-Jeunesse du Bas-Saint-Laurent", "",
                "représentée par sa présidente, Chantal Gagnon-Roy", "Bourses de persévérance depuis 2012",
                RsvpState.CONFIRMED, 2, "végétarien", "fauteuil roulant, accès par la porte 3", false, 0));
        guests.add(guest(GuestKind.ORGANISATION, "Cercle jeunesse Kanien'kehá:ka", "",
                "délégation de deux jeunes", "Ateliers de langue et de culture après l'école", RsvpState.DECLINED,
                2, "", "", false, 0));
        guests.add(guest(GuestKind.PERSON, "Hélène Bérubé", "Centre de services scolaire",
                "conseillère d'orientation", "Accompagne les décrocheurs vers la formation professionnelle",
                RsvpState.DECLINED, 1, "", "", false, 0));
        guests.add(guest(GuestKind.PERSON, "Rémi Saint-Pierre", "Club de robotique Les Débrouillards du Fleuve",
                "entraîneur bénévole", "Garde les jeunes motivés par la robotique", RsvpState.INVITED, 1, "", "",
                false, 0));
    }

    private static Guest guest(GuestKind kind, String name, String organisation, String role, String reason,
                               RsvpState rsvp, int party, String dietary, String access, boolean certificate,
                               long vehicle) {
        String email = "invite" + Math.abs(name.hashCode() % 1000) + "@exemple.qc.ca";
        return new Guest(0, kind, name, organisation, role, email, "418 555-01" + String.format("%02d",
                Math.abs(name.hashCode() % 100)), reason, rsvp, party, dietary, access, certificate, vehicle);
    }
}
