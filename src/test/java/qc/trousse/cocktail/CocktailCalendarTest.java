package qc.trousse.cocktail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CocktailCalendarTest {
    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;

    private final CocktailEvent event = CocktailEvent.defaults(DAY, qc.trousse.campaign.Editions.shipped().year(2020).facts().assemblyAddress()).withPlace("Salon rouge", "Porte 3")
            .withDeparturePlace("Bureau de circonscription, Rimouski").withTravel(Duration.ofMinutes(210));

    private String export(String fileId, boolean week) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TravelPlan plan = TravelPlan.of(event, Duration.ZERO);
        new CocktailCalendar(fileId, CalendarRevisions.NONE).write(CalendarEntries.export(event, plan,
                "Cocktail de la persévérance scolaire", week, WeekCalendar.NONE), Instant.now(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCocktailIsInQuebecTimeWithItsVtimezone() throws IOException {
        String text = export("file-1", false);
        assertThat(text).contains("VERSION:2.0\r\n", "METHOD:PUBLISH\r\n", "PRODID:" + CocktailCalendar.PRODID + "\r\n", "DTSTAMP:",
                "BEGIN:VTIMEZONE\r\n", "TZID:America/Toronto\r\n", "DTSTART;TZID=America/Toronto:20200218T170000\r\n",
                "DTEND;TZID=America/Toronto:20200218T190000\r\n", "DTSTART:19700308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                "DTSTART:19701101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");

        ICalendar ical = Biweekly.parse(text).first();
        VTimezone tz = ical.getTimezoneInfo().getComponents().iterator().next();
        assertThat(tz.getTimezoneId().getValue()).isEqualTo("America/Toronto");
        VEvent cocktail = ical.getEvents().get(0);
        ZoneId quebec = ZoneId.of("America/Toronto");
        assertThat(cocktail.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(DAY, LocalTime.of(17, 0), quebec).toInstant());
        assertThat(cocktail.getDateEnd().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(DAY, LocalTime.of(19, 0), quebec).toInstant());
        // 17:00 in Québec on 18 February is 22:00 UTC: winter time, offset -5
        assertThat(cocktail.getDateStart().getValue().toInstant().toString()).isEqualTo("2020-02-18T22:00:00Z");
        assertThat(ical.getTimezoneInfo().getTimezone(cocktail.getDateStart()).getComponent()).isNotNull();
        assertThat(cocktail.getLocation().getValue())
                .isEqualTo("Salon rouge, Hôtel du Parlement, 1045, rue des Parlementaires, Québec (Québec) G1A 1A3");
        assertThat(cocktail.getDescription().getValue()).contains("Porte 3").contains("Rimouski");
        assertThat(cocktail.getSummary().getValue()).isEqualTo("Cocktail de la persévérance scolaire");
    }

    @Test
    void uidsAreTheSameOnEveryExportOfTheSameFile() throws IOException {
        List<String> first = uids(Biweekly.parse(export("file-1", true)).first());
        List<String> second = uids(Biweekly.parse(export("file-1", true)).first());
        List<String> other = uids(Biweekly.parse(export("file-2", true)).first());
        assertThat(first).hasSize(3).doesNotHaveDuplicates().isEqualTo(second);
        assertThat(other).doesNotContainAnyElementsOf(first);
    }

    @Test
    void theWeekAddsTheTripThereAndBack() throws IOException {
        ICalendar ical = Biweekly.parse(export("file-1", true)).first();
        VEvent out = ical.getEvents().get(1);
        ZoneId quebec = ZoneId.of("America/Toronto");
        // 17:00 − 45 min margin − 3:30 road = 12:45
        assertThat(out.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(DAY, LocalTime.of(12, 45), quebec).toInstant());
        VEvent back = ical.getEvents().get(2);
        assertThat(back.getDateEnd().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(DAY, LocalTime.of(22, 45), quebec).toInstant());
    }

    @Test
    void theWinterOffsetComesFromTheRulesNotFromAFixedTable() {
        assertThat(QuebecTimezone.nth(8)).isEqualTo(2);
        assertThat(QuebecTimezone.nth(1)).isEqualTo(1);
        assertThat(QuebecTimezone.nth(-1)).isEqualTo(-1);
    }

    private static List<String> uids(ICalendar ical) {
        return ical.getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }
}
