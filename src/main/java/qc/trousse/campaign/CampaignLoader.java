package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and checks a campaign file of format 1 (assets/campaign/README.md). Every fault is collected and named
 * with the file, line and key; a file with any fault is refused whole.
 */
public final class CampaignLoader {
    public static final int FORMAT = 1;

    private CampaignLoader() {
    }

    /** A file shipped in the app's resources, by its path there. */
    public static Campaign load(String resource) {
        return read(resource.substring(resource.lastIndexOf('/') + 1), resourceText(resource));
    }

    static String resourceText(String resource) {
        try (InputStream in = CampaignLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing campaign data " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a campaign file's text; {@code name} is how faults name the file. */
    public static Campaign read(String name, String text) throws CampaignFaults {
        CampaignReader r = new CampaignReader(CampaignFile.parse(name, text));
        Campaign campaign = campaign(r);
        r.finish();
        return campaign;
    }

    private static Campaign campaign(CampaignReader r) {
        if (r.number("format") != FORMAT && r.has("format")) {
            r.fault("format", "campaign.fault.format", String.valueOf(FORMAT));
        }
        int year = r.number("year");
        LocalDate start = r.date("start", LocalDate.of(Math.max(year, 1), 2, 1));
        LocalDate end = r.date("end", start.plusDays(4));
        checkWeek(r, year, start, end);
        LocalDate cocktail = r.date("cocktail.date", start.plusDays(1));
        if (cocktail.isBefore(start) || cocktail.isAfter(start.plusDays(4))) {
            r.fault("cocktail.date", "campaign.fault.outsideWeek", start.toString(), start.plusDays(4).toString());
        }
        String hashtag = r.text("hashtag");
        List<Localized> messages = new ArrayList<>();
        for (int i = 1; i <= r.number("message.count"); i++) {
            messages.add(r.localized("message." + i));
        }
        GestureSection gestures = GestureSection.read(r);
        return new Campaign(r.localized("edition"), r.text("short"), start, end, hashtag, r.text("site"),
                r.maybe("spokesperson"), r.localized("spokesperson.role"), r.maybeLocalized("slogan"),
                r.localized("call"), messages, gestures.families(), cocktail, r.localized("cocktail.name"),
                r.localized("cocktail.place"), facts(r, year, start, end, hashtag), gestures.templates(),
                PostSection.read(r, start.until(end).getDays() + 1));
    }

    private static void checkWeek(CampaignReader r, int year, LocalDate start, LocalDate end) {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            r.fault("start", "campaign.fault.monday", start.toString());
        } else if (start.getYear() != year) {
            r.fault("start", "campaign.fault.year", String.valueOf(year));
        }
        if (end.isBefore(start)) {
            r.fault("end", "campaign.fault.endBeforeStart", start.toString());
        } else if (end.getDayOfWeek() != DayOfWeek.FRIDAY || !end.equals(start.plusDays(4))) {
            r.fault("end", "campaign.fault.friday", end.toString());
        }
    }

    private static EditionFacts facts(CampaignReader r, int year, LocalDate start, LocalDate end, String hashtag) {
        List<String> hashtags = r.optional("hashtags").isEmpty() ? List.of(hashtag)
                : Arrays.stream(r.optional("hashtags").split("\\s+")).toList();
        var persevert = r.maybeDate("persevert.day");
        persevert.filter(d -> d.isBefore(start) || d.isAfter(end) || d.getDayOfWeek() != DayOfWeek.THURSDAY)
                .ifPresent(d -> r.fault("persevert.day", "campaign.fault.thursday", d.toString()));
        String[] hours = r.text("cocktail.hours").split("-", 2);
        LocalTime from = r.time("cocktail.hours", hours[0].strip(), LocalTime.of(17, 0));
        LocalTime to = hours.length < 2 ? from : r.time("cocktail.hours", hours[1].strip(), from);
        if (!to.isAfter(from)) {
            r.fault("cocktail.hours", "campaign.fault.hours", r.optional("cocktail.hours"));
        }
        String carried = r.optional("carried.over");
        int carriedFrom = carried.isEmpty() ? 0 : r.number("carried.over");
        return new EditionFacts(year, r.yesNo("week.confirmed"), hashtags, persevert, r.yesNo("cocktail.confirmed"),
                from, to, r.maybe("cocktail.address"), r.localized("certificate.title"),
                r.localized("certificate.presented"), carriedFrom);
    }
}
