package qc.trousse.cocktail;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The VTIMEZONE for Québec (America/Toronto), made from the JDK's own rules, with no download: the library
 * can fetch one from tzurl.org, but the app works offline. Outlook needs the VTIMEZONE to place the times.
 */
public final class QuebecTimezone {
    public static final String ID = "America/Toronto";

    private QuebecTimezone() {
    }

    public static TimezoneAssignment assignment() {
        ZoneId zone = ZoneId.of(ID);
        VTimezone component = new VTimezone(ID);
        for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
            boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance o = summer ? new DaylightSavingsTime() : new StandardTime();
            // DTSTART must be the rule's first occurrence, which Outlook checks: the 1970 transition.
            var first = rule.createTransition(1970).getDateTimeBefore();
            int month = rule.getMonth().getValue();
            o.setDateStart(new DateTimeComponents(1970, month, first.getDayOfMonth(), first.getHour(),
                    first.getMinute(), 0, false));
            o.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
            o.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
            o.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(month)
                    .byDay(nth(rule.getDayOfMonthIndicator()), day(rule.getDayOfWeek())).build());
            o.addTimezoneName(TimeZone.getTimeZone(zone).getDisplayName(summer, TimeZone.SHORT, Locale.ROOT));
            if (summer) {
                component.addDaylightSavingsTime((DaylightSavingsTime) o);
            } else {
                component.addStandardTime((StandardTime) o);
            }
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }

    /** "Sunday on or after the 8th" is the second Sunday; a negative indicator counts from the end. */
    static int nth(int dayOfMonthIndicator) {
        return dayOfMonthIndicator < 0 ? -1 : (dayOfMonthIndicator - 1) / 7 + 1;
    }

    private static DayOfWeek day(java.time.DayOfWeek d) {
        return DayOfWeek.valueOfAbbr(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)
                .toUpperCase(Locale.ROOT));
    }

    private static UtcOffset offset(ZoneOffset o) {
        return new UtcOffset(o.getTotalSeconds() * 1000L);
    }
}
