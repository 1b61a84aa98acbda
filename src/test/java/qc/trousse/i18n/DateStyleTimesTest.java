package qc.trousse.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Times shown to people follow the one date style (ADR 0022): Québec's « 14 h 05 », English "2:05 p.m.". */
class DateStyleTimesTest {
    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void aTimeOfDayInEachLanguage() {
        I18n.setLanguage(Lang.FR);
        assertThat(DateStyle.time(LocalTime.of(14, 5))).isEqualTo("14 h 05");
        assertThat(DateStyle.time(LocalTime.of(9, 30))).isEqualTo("9 h 30");
        I18n.setLanguage(Lang.EN);
        assertThat(DateStyle.time(LocalTime.of(14, 5))).isEqualTo("2:05 p.m.");
    }

    @Test
    void aMomentOfTheWeekInEachLanguage() {
        LocalDateTime printed = LocalDateTime.of(2020, 2, 18, 14, 30);
        I18n.setLanguage(Lang.FR);
        assertThat(DateStyle.moment(printed)).isEqualTo("18 févr., 14 h 30");
        I18n.setLanguage(Lang.EN);
        assertThat(DateStyle.moment(printed)).isEqualTo("Feb. 18, 2:30 p.m.");
    }
}
