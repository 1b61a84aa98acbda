package qc.trousse.ui.gestures;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The week board marks the gestures that fall inside the cocktail trip, from a real data file. */
class BoardCocktailClashTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);
    private static final String CLASH = "Chevauche le cocktail à l’Assemblée nationale (départ 13\u00a0h\u00a015, "
            + "retour 22\u00a0h\u00a015)";
    @TempDir
    Path dir;
    private Session session;
    private WeekBoardViewModel board;
    private PlannedGesture certificate;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("clash.db")), Editions.shipped(), Ridings.load());
        board = new WeekBoardViewModel(session.gestures(), new ScriptedDialogs(), session.cocktailClashes());
        // 17:00–19:00 with 3 hours of road and 45 minutes of margin: leave at 13:15, back at 22:15.
        session.cocktail().update("travel", e -> e.withTravel(Duration.ofHours(3)));
        session.gestures().choose("cocktail");
        certificate = session.gestures().choose("certificate");
        session.gestures().move(certificate.id(), TUESDAY);
        session.gestures().setTimes(certificate.id(), LocalTime.of(14, 0), LocalTime.of(15, 0));
    }

    @AfterEach
    void close() {
        board.dispose();
        session.close();
    }

    @Test
    void aGestureDuringTheTripIsMarkedAndSaysWhenTheCarLeavesAndComesBack() {
        assertThat(board.overlapping(certificate.id())).isTrue();
        assertThat(board.cocktailClash(certificate.id())).contains(CLASH);
        assertThat(board.warnings()).containsExactly("Remise du certificat de reconnaissance (mardi 18 février, "
                + "14:00–15:00) chevauche le cocktail à l’Assemblée nationale\u00a0: départ de la circonscription à "
                + "13\u00a0h\u00a015, retour à 22\u00a0h\u00a015.");
        PlannedGesture cocktail = session.gestures().on(TUESDAY).stream().filter(PlannedGesture::isCocktail)
                .findFirst().orElseThrow();
        assertThat(board.overlapping(cocktail.id())).as("the cocktail is the event, not a clash").isFalse();
    }

    @Test
    void aShorterRoadOrAnotherDayEndsTheClashAndTheBoardRedraws() {
        int before = board.revision().get();
        session.cocktail().update("travel", e -> e.withTravel(Duration.ofMinutes(20)));
        assertThat(board.revision().get()).as("a cocktail change redraws the board").isGreaterThan(before);
        assertThat(board.cocktailClash(certificate.id())).isEmpty();
        session.history().undo();
        assertThat(board.cocktailClash(certificate.id())).contains(CLASH);
        board.move(certificate.id(), TUESDAY.plusDays(1));
        assertThat(board.overlapping(certificate.id())).isFalse();
        assertThat(board.warnings()).isEmpty();
    }

    @Test
    void noClashWhileTheOfficeDoesNotGoToTheCocktail() {
        PlannedGesture cocktail = session.gestures().on(TUESDAY).stream().filter(PlannedGesture::isCocktail)
                .findFirst().orElseThrow();
        session.gestures().setState(cocktail.id(), GestureState.CANCELLED);
        assertThat(board.cocktailClash(certificate.id())).isEmpty();
        assertThat(board.overlapping(certificate.id())).isFalse();
    }

    @Test
    void inEnglishTheTimesReadTheEnglishWay() {
        I18n.setLanguage(Lang.EN);
        try {
            assertThat(board.cocktailClash(certificate.id())).hasValueSatisfying(s -> assertThat(s)
                    .startsWith("Overlaps the cocktail at the National Assembly (leaving 1:15")
                    .contains("back 10:15"));
            assertThat(board.warnings()).singleElement().asString()
                    .as("a sentence that ends in “p.m.” gets no second period").doesNotContain("..").endsWith(").");
        } finally {
            I18n.setLanguage(Lang.FR);
        }
    }
}
