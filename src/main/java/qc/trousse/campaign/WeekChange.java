package qc.trousse.campaign;

import qc.trousse.i18n.DateStyle;
import qc.trousse.i18n.I18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The edition's week, theme and hashtag, and the Assembly's day, changed after the file was made (an unannounced
 * edition's proposed week once the campaign announces it). Checked as the campaign loader checks a file, but each
 * refusal names the field the office typed in, not a line of a file it never saw.
 */
public final class WeekChange {
    /** What the office asks for; a null value keeps what the edition says. */
    public record Request(LocalDate firstDay, Boolean weekConfirmed, String theme, String hashtag,
                          LocalDate assemblyDay, Boolean assemblyConfirmed) {
        public static Request of(LocalDate firstDay, String theme, String hashtag) {
            return new Request(firstDay, firstDay == null ? null : true, theme, hashtag, null, null);
        }
    }

    private WeekChange() {
    }

    /** The one-line refusal naming the field, in the user's language, or empty when the request is sound. */
    public static Optional<String> problem(Campaign campaign, Request r) {
        LocalDate monday = r.firstDay() == null ? campaign.start() : r.firstDay();
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            return refuse("edition.week.field.firstDay", I18n.tr("edition.week.notMonday", DateStyle.full(monday)));
        }
        if (monday.getYear() != campaign.year()) {
            return refuse("edition.week.field.firstDay", I18n.tr("edition.week.otherYear", campaign.yearText()));
        }
        LocalDate friday = monday.plusDays(4);
        LocalDate assembly = assemblyDay(campaign, r, monday);
        if (assembly.isBefore(monday) || assembly.isAfter(friday)) {
            return refuse("edition.week.field.assemblyDay", I18n.tr("edition.week.outsideWeek",
                    DateStyle.full(assembly), DateStyle.full(monday), DateStyle.full(friday)));
        }
        if (r.hashtag() != null && !r.hashtag().strip().replaceFirst("^#", "").matches("[\\p{L}\\p{N}_]+")) {
            return refuse("edition.week.field.hashtag", I18n.tr("edition.week.badHashtag", r.hashtag()));
        }
        return Optional.empty();
    }

    /**
     * The keys written over the file's campaign text. A new week moves the Jeudi perséVERT to its Thursday and,
     * unless a day is given, keeps the Assembly on the same weekday.
     */
    public static Map<String, String> changes(Campaign campaign, Request r) {
        Map<String, String> c = new LinkedHashMap<>();
        LocalDate monday = r.firstDay() == null ? campaign.start() : r.firstDay();
        boolean weekConfirmed = r.weekConfirmed() == null ? campaign.facts().weekConfirmed() : r.weekConfirmed();
        if (!monday.equals(campaign.start()) || weekConfirmed != campaign.facts().weekConfirmed()) {
            c.putAll(EditionDraft.week(monday, weekConfirmed));
            c.put("cocktail.confirmed", yes(campaign.facts().assemblyConfirmed()));
            campaign.facts().persevertDay().ifPresent(d -> c.put("persevert.day", monday.plusDays(3).toString()));
        }
        c.put("cocktail.date", assemblyDay(campaign, r, monday).toString());
        if (r.assemblyConfirmed() != null) {
            c.put("cocktail.confirmed", yes(r.assemblyConfirmed()));
        }
        if (r.theme() != null && !r.theme().strip().equals(campaign.slogan().fr())) {
            c.put("slogan.fr", r.theme().strip());
            c.put("slogan.en", r.theme().strip());
        }
        if (r.hashtag() != null) {
            String tag = "#" + r.hashtag().strip().replaceFirst("^#", "");
            if (!tag.equals(campaign.hashtag())) {
                c.put("hashtag", tag);
                c.put("hashtags", tag);
            }
        }
        return c;
    }

    private static LocalDate assemblyDay(Campaign campaign, Request r, LocalDate monday) {
        if (r.assemblyDay() != null) {
            return r.assemblyDay();
        }
        return monday.plusDays(campaign.cocktailDate().getDayOfWeek().getValue() - 1L);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static Optional<String> refuse(String fieldKey, String why) {
        return Optional.of(I18n.tr("edition.week.refused", I18n.tr(fieldKey), why));
    }
}
