package qc.trousse.report;

import qc.trousse.cocktail.GuestCounts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the office did during the campaign week, as plain rows ready to print: who the office is, the
 * gestures done, the posts published, the certificates given and who came to the cocktail. Texts are
 * already in the report's language, so a renderer needs nothing else.
 */
public record WeekSummary(Heading heading, Office office, List<LocalDate> days, List<GestureDone> gestures,
                          List<PostPublished> posts, List<CertificateGiven> certificates, Cocktail cocktail) {

    public WeekSummary {
        days = List.copyOf(days);
        gestures = List.copyOf(gestures);
        posts = List.copyOf(posts);
        certificates = List.copyOf(certificates);
    }

    /** The campaign edition, its slogan and hashtag. */
    public record Heading(String edition, String slogan, String hashtag) {
    }

    /** The MNA (name and title), the riding and its region. */
    public record Office(String mnaName, String mnaTitle, String riding, String region) {
    }

    /** A gesture marked done: when, what, where, and who in the office carried it. */
    public record GestureDone(LocalDate date, LocalTime time, String title, String place, String owner) {
    }

    /** A post marked published; the time may be null when none was planned. */
    public record PostPublished(String network, LocalDate day, LocalTime time, String text) {
    }

    /** A certificate printed or handed over; the date may be null when it was not recorded. */
    public record CertificateGiven(String name, String reason, LocalDate date) {
    }

    /** A cocktail guest: a person or an organisation, and the organisation they come from. */
    public record GuestLine(String name, String organisation) {
    }

    /**
     * The cocktail's attendance: the guests present on the night, those who said yes and were not marked
     * present, and the figures in people (party sizes, walk-ins), defined once in {@link GuestCounts} so the
     * report says what the cocktail screen and the door said.
     */
    public record Cocktail(List<GuestLine> present, List<GuestLine> confirmedNotMarked, GuestCounts counts) {
        public Cocktail {
            present = List.copyOf(present);
            confirmedNotMarked = List.copyOf(confirmedNotMarked);
        }

        public static final Cocktail NONE = new Cocktail(List.of(), List.of(), new GuestCounts(0, 0, 0, 0));

        /** People present, walk-ins included. */
        public int presentCount() {
            return counts.arrived();
        }

        /** People expected: confirmed or arrived, with their party. */
        public int confirmedCount() {
            return counts.expected();
        }
    }

    /** The short totals block. */
    public record Totals(int gesturesDone, int postsPublished, int certificatesGiven, int guestsConfirmed,
                         int guestsPresent) {
    }

    public Totals totals() {
        return new Totals(gestures.size(), posts.size(), certificates.size(), cocktail.confirmedCount(),
                cocktail.presentCount());
    }

    /** How many gestures were done on a day, for the chart. */
    public long gesturesOn(LocalDate day) {
        return gestures.stream().filter(g -> day.equals(g.date())).count();
    }

    public long postsOn(LocalDate day) {
        return posts.stream().filter(p -> day.equals(p.day())).count();
    }
}
