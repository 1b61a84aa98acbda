package qc.trousse.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CellDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-02-18|2020-02-18", "2020/02/18|2020-02-18", "2020-02-18 00:00:00|2020-02-18",
            "18/02/2020|2020-02-18", "18-02-20|2020-02-18", "18.02.2020|2020-02-18", "02/21/2020|2020-02-21",
            "04/02/2020|2020-02-04", "18 février 2020|2020-02-18", "mardi 18 février 2020|2020-02-18",
            "1er mars 2020|2020-03-01", "18 FEVRIER 2020|2020-02-18", "February 18, 2020|2020-02-18",
            "Feb. 18 2020|2020-02-18", "18 Feb 2020|2020-02-18", "43879|2020-02-18", "21 juillet 2020|2020-07-21",
            "5 juin 2020|2020-06-05"})
    void readsTheWaysPeopleTypeDates(String text, String expected) {
        assertThat(CellDates.parse(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2020", "demain", "2020-13-01", "18 brumaire 2020", "0202-02-18", "", "12345678"})
    void refusesWhatIsNotADate(String text) {
        assertThat(CellDates.parse(text)).isEmpty();
    }
}
