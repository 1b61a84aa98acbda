package qc.trousse.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.CalendarItem;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The week plan seen from the cocktail: its conflicts, its week calendar and the board's clashes. */
class PlanForCocktailTest {
    private static final LocalDate COCKTAIL_DAY = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;
    private Session session;
    private PlannedGesture certificate;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("plan.db")), Editions.shipped(), Ridings.load());
        session.cocktail().update("travel", e -> e.withTravel(Duration.ofHours(3)));
        session.gestures().choose("cocktail");
        certificate = session.gestures().choose("certificate");
        session.gestures().move(certificate.id(), COCKTAIL_DAY);
        session.gestures().setTimes(certificate.id(), LocalTime.of(14, 0), LocalTime.of(15, 0));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theDaysOtherGesturesAreTheCocktailsAgendaButTheCocktailGestureIsNot() {
        PlannedGesture planned = session.gestures().find(certificate.id()).orElseThrow();
        assertThat(session.cocktail().agenda().busy(COCKTAIL_DAY)).containsExactly(new Busy(
                session.gestures().title(planned), LocalTime.of(14, 0), LocalTime.of(15, 0), planned.owner()));
        assertThat(session.cocktail().conflicts()).extracting(Busy::start).containsExactly(LocalTime.of(14, 0));
        assertThat(session.cocktail().agenda().busy(COCKTAIL_DAY.plusDays(1))).isEmpty();
    }

    @Test
    void theWeekCalendarHoldsTheWeeksGesturesButNotCancelledOnes() {
        assertThat(session.cocktail().calendar("Cocktail", true)).extracting(CalendarItem::id)
                .contains("gesture-" + certificate.id());
        session.gestures().setState(certificate.id(), GestureState.CANCELLED);
        assertThat(session.cocktail().calendar("Cocktail", true)).extracting(CalendarItem::id)
                .doesNotContain("gesture-" + certificate.id());
    }

    @Test
    void theBoardSeesAClashOnlyWhileTheOfficeGoesToTheCocktail() {
        assertThat(session.cocktailClashes().find()).singleElement()
                .satisfies(c -> assertThat(c.gestureId()).isEqualTo(certificate.id()));
        PlannedGesture cocktail = session.gestures().on(COCKTAIL_DAY).stream().filter(PlannedGesture::isCocktail)
                .findFirst().orElseThrow();
        session.gestures().setState(cocktail.id(), GestureState.CANCELLED);
        assertThat(session.cocktailClashes().find()).isEmpty();
    }

    @Test
    void aChangeToThePlanTellsTheCocktailToLookAgain() {
        AtomicInteger told = new AtomicInteger();
        session.cocktail().addListener(told::incrementAndGet);
        session.gestures().setTimes(certificate.id(), LocalTime.of(9, 0), LocalTime.of(10, 0));
        assertThat(told.get()).isPositive();
        assertThat(session.cocktail().conflicts()).isEmpty();
    }
}
