package qc.trousse.ui.home;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.Riding;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Accueil without a window: a real file, a fixed clock. */
class HomeViewModelTest {
    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    @TempDir
    Path dir;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("home.db")), Editions.shipped(), Ridings.load());
    }

    @AfterEach
    void close() {
        I18n.setLanguage(Lang.FR);
        session.close();
    }

    private HomeViewModel on(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay(QUEBEC).plusHours(9).toInstant(), QUEBEC);
        return new HomeViewModel(session.campaign(), session.office(), session.gestures(), clock);
    }

    @Test
    void theCountdownSaysWhereTodayStandsAgainstTheWeek() {
        assertThat(on(LocalDate.of(2020, 2, 10)).countdown()).isEqualTo("La semaine commence dans 7 jours (J-7).");
        assertThat(on(LocalDate.of(2020, 2, 16)).countdown()).isEqualTo("La semaine commence demain.");
        assertThat(on(LocalDate.of(2020, 2, 19)).countdown()).isEqualTo("Jour 3 sur 5 de la semaine.");
        assertThat(on(LocalDate.of(2020, 2, 22)).countdown()).isEqualTo("La semaine des JPS 2020 est terminée.");
    }

    @Test
    void theWeeksFiveDaysAreListedWithTheCocktailDayMarked() {
        assertThat(on(MONDAY).days()).hasSize(5).first().asString().startsWith("lundi 17 février");
        assertThat(on(MONDAY).days().get(1)).startsWith("mardi 18 février — cocktail à l’");
        assertThat(on(MONDAY).days()).filteredOn(d -> d.contains("cocktail")).hasSize(1);
    }

    @Test
    void theGreetingAsksForTheProfileUntilTheMnaAndTheRidingAreKnown() {
        HomeViewModel home = on(MONDAY);
        assertThat(home.profileComplete()).isFalse();
        assertThat(home.greeting()).startsWith("Commencez par remplir le profil du bureau");
        Riding riding = session.office().ridings().all().get(0);
        session.office().type("mnaName", p -> p.withMnaName("Julie Gagnon").withTitle(MnaTitle.DEPUTEE));
        session.office().chooseRiding(riding);
        assertThat(home.profileComplete()).isTrue();
        assertThat(home.greeting()).isEqualTo("Bureau de Julie Gagnon, députée de " + riding.name());
        I18n.setLanguage(Lang.EN);
        assertThat(home.greeting()).contains("Member of the National Assembly").contains(riding.name());
    }

    @Test
    void theDashboardCountsWhatIsChosenPlannedAndDone() {
        HomeViewModel home = on(MONDAY);
        assertThat(home.counts()).isEqualTo("aucun geste choisi · aucun planifié · aucun fait");
        assertThat(home.overdue()).isEqualTo("Aucune étape en retard");
        assertThat(home.hasOverdue()).isFalse();
        PlannedGesture certificate = session.gestures().choose("certificate");
        PlannedGesture visit = session.gestures().choose("cocktail");
        session.gestures().setState(certificate.id(), GestureState.PLANNED);
        session.gestures().setState(visit.id(), GestureState.PLANNED);
        session.gestures().setState(visit.id(), GestureState.DONE);
        assertThat(home.counts()).isEqualTo("2 gestes choisis · 1 planifié · 1 fait");
    }

    @Test
    void lateStepsAreCountedAndAtMostThreeNextThingsAreOffered() {
        HomeViewModel home = on(MONDAY);
        assertThat(home.nextThings()).isEmpty();
        PlannedGesture certificate = session.gestures().choose("certificate");
        session.gestures().move(certificate.id(), MONDAY);
        session.gestures().setState(certificate.id(), GestureState.PLANNED);
        assertThat(home.hasOverdue()).as("a Monday gesture's preparations were due before Monday").isTrue();
        assertThat(home.overdue()).matches("\\d+ étapes? en retard");
        assertThat(home.nextThings()).hasSizeBetween(1, 3)
                .allSatisfy(t -> assertThat(t).contains(session.gestures().title(certificate)));
    }

    @Test
    void theDashboardIsOnTheRealDateAndACampaignDayMayBeSimulatedUndoably() {
        HomeViewModel home = on(MONDAY);
        assertThat(home.todayChoices()).hasSize(5).first().isEqualTo(MONDAY);
        assertThat(home.today()).isEqualTo(MONDAY);
        assertThat(home.dayLabel(MONDAY)).isEqualTo("lundi 17 février 2020 (date réelle)");
        home.setToday(LocalDate.of(2020, 2, 20));
        assertThat(home.today()).isEqualTo(LocalDate.of(2020, 2, 20));
        assertThat(home.dayLabel(home.today())).isEqualTo("jeudi 20 février 2020 (jour simulé)");
        home.setToday(LocalDate.of(2020, 3, 1));
        home.setToday(null);
        assertThat(home.today()).isEqualTo(LocalDate.of(2020, 2, 20));
        home.setToday(MONDAY);
        assertThat(session.gestures().trainingDay().simulated()).isEmpty();
        session.history().undo();
        session.history().undo();
        assertThat(home.today()).isEqualTo(MONDAY);
    }

    @Test
    void aFileOfTheNextEditionOnADecemberDaySaysTheWeekHasNotBegunAndNothingIsLate() throws Exception {
        Path file = dir.resolve("bureau-2027.db");
        qc.trousse.store.EditionFileMaker.make(file, new qc.trousse.store.EditionFileMaker.Plan(2027, "",
                java.util.Optional.empty(), java.util.Set.of()));
        try (Session s27 = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            LocalDate december = LocalDate.of(2026, 12, 3);
            Clock clock = Clock.fixed(december.atStartOfDay(QUEBEC).plusHours(9).toInstant(), QUEBEC);
            HomeViewModel home = new HomeViewModel(s27.campaign(), s27.office(), s27.gestures(), clock);
            PlannedGesture certificate = s27.gestures().choose("certificate");
            s27.gestures().setState(certificate.id(), GestureState.PLANNED);
            assertThat(home.today()).isEqualTo(december);
            assertThat(home.todayChoices()).hasSize(6).first().isEqualTo(december);
            assertThat(home.countdown()).isEqualTo("La semaine commence dans 74 jours (J-74).");
            assertThat(home.hasOverdue()).isFalse();
            assertThat(home.overdue()).isEqualTo("Aucune étape en retard");
            home.setToday(LocalDate.of(2027, 2, 17));
            assertThat(home.hasOverdue()).as("on the Wednesday, Monday's preparations are late").isTrue();
        }
    }

    @Test
    void theScreenHearsPlanChangesUntilItStopsFollowing() {
        HomeViewModel home = on(MONDAY);
        AtomicInteger redraws = new AtomicInteger();
        Runnable redraw = redraws::incrementAndGet;
        home.onPlanChange(redraw);
        session.gestures().choose("certificate");
        int heard = redraws.get();
        assertThat(heard).isPositive();
        home.stopFollowing(redraw);
        session.gestures().choose("cocktail");
        assertThat(redraws.get()).isEqualTo(heard);
    }
}
