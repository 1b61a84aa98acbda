package qc.trousse.report;

import qc.trousse.campaign.Campaign;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.gestures.GestureCatalogue;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;
import qc.trousse.session.Session;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** Builds the week's summary from the services of an open file, in the report's language. */
public final class WeekSummaries {
    private WeekSummaries() {
    }

    public static WeekSummary of(Session session, Lang lang) {
        return of(session, ReportSources.of(session), lang);
    }

    public static WeekSummary of(Session session, ReportSources sources, Lang lang) {
        Campaign c = session.campaign();
        return new WeekSummary(
                new WeekSummary.Heading(c.edition().in(lang), c.theme(lang), c.hashtag()),
                office(session.office(), lang), c.days(), gestures(session.gestures(), lang),
                sources.posts().published(lang), sources.certificates().given(), cocktail(session.guests(), session.door().counts(), lang));
    }

    static WeekSummary.Office office(OfficeService office, Lang lang) {
        OfficeProfile p = office.profile();
        String riding = office.riding().map(Riding::name).orElse(p.ridingCode());
        return new WeekSummary.Office(p.mnaName(), lang == Lang.EN ? p.title().english() : p.title().french(),
                riding, p.region());
    }

    /** The gestures marked done, by day and time, each titled in the report's language. */
    static List<WeekSummary.GestureDone> gestures(GestureService gestures, Lang lang) {
        GestureCatalogue catalogue = gestures.catalogue();
        return gestures.all().stream().filter(g -> g.state() == GestureState.DONE)
                .map(g -> new WeekSummary.GestureDone(g.day(), g.start(), title(catalogue, g, lang), g.place(),
                        g.owner()))
                .toList();
    }

    private static String title(GestureCatalogue catalogue, PlannedGesture g, Lang lang) {
        return catalogue.entry(g.gestureKey()).map(e -> e.title().in(lang)).orElse(g.gestureKey());
    }

    /** Present guests, then those who confirmed and were not marked present, each list by name, with the figures. */
    static WeekSummary.Cocktail cocktail(GuestService guests, GuestCounts counts, Lang lang) {
        Collator order = Collator.getInstance(lang.locale());
        Comparator<WeekSummary.GuestLine> byName = Comparator.comparing(WeekSummary.GuestLine::name, order);
        List<Guest> all = guests.all();
        return new WeekSummary.Cocktail(lines(all, RsvpState.ATTENDED, byName),
                lines(all, RsvpState.CONFIRMED, byName), counts);
    }

    private static List<WeekSummary.GuestLine> lines(List<Guest> all, RsvpState state,
                                                     Comparator<WeekSummary.GuestLine> order) {
        return all.stream().filter(g -> g.rsvp() == state)
                .map(g -> new WeekSummary.GuestLine(g.name(), g.organisation())).sorted(order).toList();
    }
}
