package qc.trousse.report;

import qc.trousse.cocktail.GuestCounts;
import qc.trousse.report.WeekSummary.CertificateGiven;
import qc.trousse.report.WeekSummary.GestureDone;
import qc.trousse.report.WeekSummary.GuestLine;
import qc.trousse.report.WeekSummary.PostPublished;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A full week of plain rows, with the names that must print exactly. */
final class SampleWeek {
    static final String SYLLABICS = "ᐃᓄᒃᑎᑐᑦ";
    /** U+18B0 and U+18B1 are extended syllabics that DejaVu Sans lacks: they must come from the fallback font. */
    static final String EXTENDED = "ᢰᢱ";
    static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);

    private SampleWeek() {
    }

    static List<LocalDate> days() {
        return List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
    }

    static WeekSummary full() {
        return new WeekSummary(
                new WeekSummary.Heading("Journées de la persévérance scolaire 2020",
                        "Nos gestes, un + pour leur réussite!", "#JPS2020"),
                new WeekSummary.Office("Harold LeBel", "député", "Rimouski", "Bas-Saint-Laurent"), days(),
                List.of(new GestureDone(MONDAY, LocalTime.of(8, 0), "Port du ruban", "Bureau de circonscription",
                                "Julie Paré"),
                        new GestureDone(MONDAY.plusDays(1), LocalTime.of(17, 0), "Cocktail à l’Assemblée",
                                "Hôtel du Parlement, Québec", "Harold LeBel"),
                        new GestureDone(MONDAY.plusDays(3), LocalTime.of(10, 30), "Remise du certificat",
                                "École secondaire Paul-Hubert", "Marc D'Amours")),
                List.of(new PostPublished("X", MONDAY, LocalTime.of(9, 0),
                                "Merci à Mme Lévesque, qui m’a aidé à persévérer! #JPS2020 @LaurentDT"),
                        new PostPublished("Facebook", MONDAY.plusDays(2), LocalTime.of(12, 0),
                                "La persévérance scolaire est un enjeu de société et nous avons tous un rôle à jouer "
                                        + "pour soutenir nos jeunes et leur permettre de s’épanouir et de développer "
                                        + "leur plein potentiel dans un environnement propice à leur réussite."),
                        new PostPublished("Instagram", MONDAY.plusDays(3), null, "Le ruban vert et blanc ✚")),
                List.of(new CertificateGiven("Kanien'kehá:ka Onkwehón:we", "Mentorat des élèves de 5e secondaire",
                                MONDAY.plusDays(3)),
                        new CertificateGiven(SYLLABICS + " " + EXTENDED + " Qaunnaq", "Aide aux devoirs à Kuujjuaq", MONDAY.plusDays(3)),
                        new CertificateGiven("Maison des jeunes L’Ancrage", "Un + pour la réussite", null)),
                new WeekSummary.Cocktail(List.of(new GuestLine("Gérard D’Amours-Lévesque", "Cégep de Rimouski"),
                        new GuestLine("Marie-Ève Tremblay", "École Paul-Hubert")),
                        List.of(new GuestLine("Ægir Çelik-Nguyễn", "Carrefour jeunesse-emploi")),
                        new GuestCounts(3, 2, 0, 0)));
    }

    static WeekSummary empty() {
        WeekSummary f = full();
        return new WeekSummary(f.heading(), f.office(), days(), List.of(), List.of(), List.of(),
                WeekSummary.Cocktail.NONE);
    }

    /** Two hundred gestures over the week, to flow over several pages. */
    static WeekSummary many(int count) {
        WeekSummary f = full();
        List<GestureDone> gestures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gestures.add(new GestureDone(MONDAY.plusDays(i % 5), LocalTime.of(8 + i % 9, 0), "Geste n° " + (i + 1),
                    "École " + (i + 1), "Personne " + (i + 1)));
        }
        return new WeekSummary(f.heading(), f.office(), days(), gestures, f.posts(), f.certificates(), f.cocktail());
    }
}
