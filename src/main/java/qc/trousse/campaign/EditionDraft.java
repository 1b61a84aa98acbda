package qc.trousse.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign a new edition's file starts with: the shipped file of its year, a file the office received, or,
 * for a year the app does not know, the latest shipped edition carried over with the week proposed in the third
 * week of February and everything unannounced left empty. The office's answers (first day, theme, hashtag) are
 * written over it; the result is checked like any campaign file.
 */
public final class EditionDraft {
    /** What the office said in the new-edition step or on the command line; empty means "as the base says". */
    public record Answers(Optional<LocalDate> firstDay, Optional<String> theme, Optional<String> hashtag) {
    }

    /** A campaign file's text and how faults name it. */
    public record Source(String name, String text) {
    }

    private EditionDraft() {
    }

    /** The week proposed for an edition not announced: Monday of the third week of February. */
    public static LocalDate proposedFirstDay(int year) {
        return LocalDate.of(year, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }

    /**
     * The new file's own campaign text, or empty when the shipped file of that year serves as it is.
     *
     * @throws CampaignFaults when the result is not a valid campaign file of that year (each fault named)
     */
    public static String ownText(Editions editions, int year, Optional<Source> received, Answers answers) {
        Map<String, String> changes = new LinkedHashMap<>();
        Source base;
        if (received.isPresent()) {
            base = received.get();
        } else if (editions.campaign(year).isPresent()) {
            base = new Source(editions.fileName(year).orElseThrow(), editions.text(year).orElseThrow());
        } else {
            Campaign latest = editions.all().get(editions.all().size() - 1);
            base = new Source(editions.fileName(latest.year()).orElseThrow(), editions.text(latest.year())
                    .orElseThrow());
            changes.putAll(unannounced(year, latest));
        }
        answers.firstDay().ifPresent(d -> changes.putAll(week(d, true)));
        answers.theme().ifPresent(t -> {
            changes.put("slogan.fr", t);
            changes.put("slogan.en", t);
        });
        answers.hashtag().ifPresent(h -> {
            String tag = h.startsWith("#") ? h : "#" + h;
            changes.put("hashtag", tag);
            changes.put("hashtags", tag);
        });
        String text = changes.isEmpty() ? base.text() : CampaignFile.parse(base.name(), base.text()).with(changes);
        Campaign made = CampaignLoader.read(base.name(), text);
        if (made.year() != year) {
            throw new CampaignFaults(java.util.List.of(CampaignFaults.at(base.name(),
                    CampaignFile.parse(base.name(), text).entry("year").map(CampaignFile.Entry::line).orElse(0),
                    "year", "campaign.fault.otherYear", String.valueOf(year))));
        }
        return received.isEmpty() && changes.isEmpty() ? "" : text;
    }

    private static Map<String, String> unannounced(int year, Campaign latest) {
        Map<String, String> c = new LinkedHashMap<>(week(proposedFirstDay(year), false));
        String y = String.valueOf(year);
        c.put("year", y);
        c.put("carried.over", String.valueOf(latest.facts().carriedOverFrom() == 0 ? latest.year()
                : latest.facts().carriedOverFrom()));
        c.put("edition.fr", latest.edition().fr().replace(latest.yearText(), y));
        c.put("edition.en", latest.edition().en().replace(latest.yearText(), y));
        c.put("short", latest.shortName().replace(latest.yearText(), y));
        c.put("hashtag", "#JPS" + y);
        c.put("hashtags", "#JPS" + y);
        c.put("spokesperson", "");
        c.put("slogan.fr", "");
        c.put("slogan.en", "");
        c.put("persevert.day", "");
        return c;
    }

    /** The week from its Monday, the call that names it, and the Assembly's day proposed on the Tuesday. */
    static Map<String, String> week(LocalDate monday, boolean confirmed) {
        Map<String, String> c = new LinkedHashMap<>();
        LocalDate friday = monday.plusDays(4);
        c.put("start", monday.toString());
        c.put("end", friday.toString());
        c.put("week.confirmed", confirmed ? "yes" : "no");
        c.put("call.fr", qc.trousse.i18n.I18n.bundle(qc.trousse.i18n.Lang.FR).getString("edition.call")
                .replace("{0}", String.valueOf(monday.getDayOfMonth())).replace("{1}", day(friday, "fr")));
        c.put("call.en", qc.trousse.i18n.I18n.bundle(qc.trousse.i18n.Lang.EN).getString("edition.call")
                .replace("{0}", String.valueOf(monday.getDayOfMonth())).replace("{1}", day(friday, "en")));
        c.put("cocktail.date", monday.plusDays(1).toString());
        c.put("cocktail.confirmed", "no");
        return c;
    }

    private static String day(LocalDate d, String lang) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern(lang.equals("fr") ? "d MMMM yyyy"
                : "d MMMM yyyy", java.util.Locale.forLanguageTag(lang + "-CA")));
    }
}
