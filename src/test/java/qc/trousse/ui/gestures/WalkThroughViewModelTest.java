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
import qc.trousse.store.DataFileException;
import qc.trousse.ui.gestures.WalkThroughViewModel.Step;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The walk-through without a window, over a real file. */
class WalkThroughViewModelTest {
    private static final List<String> STAFF = List.of("Julie Gagnon", "Karim Benali");
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WalkThroughViewModel model;

    @BeforeEach
    void open() {
        I18n.setLanguage(Lang.FR);
        reopen();
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    private void reopen() {
        try {
            session = new Session(DataFile.open(dir.resolve("walk.db")), Editions.shipped(), Ridings.load());
        } catch (DataFileException e) {
            throw new IllegalStateException(e);
        }
        model = new WalkThroughViewModel(session.gestures(), dialogs, () -> STAFF, session.settings()::get,
                session.settings()::put);
    }

    private WizardRow row(String key) {
        return model.rows().stream().filter(r -> r.controlId().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theCatalogueShowsTheFiveFlyerGesturesWithTheFlyersWords() {
        assertThat(model.pick().entries()).extracting(e -> e.key())
                .containsExactly("certificate", "thanks", "ribbon", "encouragement", "cocktail");
        assertThat(model.pick().entries().get(0).description().fr())
                .isEqualTo("En organisant une remise officielle du certificat de reconnaissance de la persévérance scolaire.");
        assertThat(model.pick().familyTitle("ambassador")).isEqualTo("Soyez un ambassadeur de la persévérance scolaire:");
    }

    @Test
    void noGestureNoNextStep() {
        assertThat(model.next()).isFalse();
        assertThat(model.step().get()).isEqualTo(Step.PICK);
        assertThat(model.message().get()).isEqualTo("Choisissez au moins un geste pour continuer.");
    }

    @Test
    void aWholeWalkThroughFromPickToReview() {
        model.pick().setChosen("certificate", true);
        model.pick().setChosen("cocktail", true);
        model.pick().addCustom("Visite de la maison des jeunes", "ambassador", "Rencontre avec les jeunes");
        assertThat(model.next()).isTrue();
        assertThat(model.step().get()).isEqualTo(Step.SCHEDULE);
        assertThat(model.rows()).hasSize(3);
        assertThat(row("cocktail").dayFixed()).isTrue();
        assertThat(row("cocktail").day().get()).isEqualTo(LocalDate.of(2020, 2, 18));

        WizardRow cert = row("certificate");
        cert.day().set(LocalDate.of(2020, 2, 19));
        model.commitDay(cert);
        cert.start().set("13 h 30");
        cert.end().set("12:00");
        assertThat(cert.problem().get()).isEqualTo("L’heure de fin doit venir après l’heure de début.");
        assertThat(model.next()).isFalse();
        assertThat(model.step().get()).isEqualTo(Step.SCHEDULE);
        cert.end().set("14:30");
        assertThat(model.next()).isTrue();

        assertThat(model.step().get()).isEqualTo(Step.PEOPLE);
        assertThat(model.staff()).isEqualTo(STAFF);
        row("certificate").place().set("École secondaire du Chêne-Bleu");
        row("certificate").owner().set("Julie Gagnon");
        model.commitOwner(row("certificate"));
        row("cocktail").owner().set("Karim Benali");
        model.commitOwner(row("cocktail"));
        assertThat(model.next()).isTrue();
        assertThat(model.step().get()).isEqualTo(Step.REVIEW);

        model.finish();
        List<PlannedGesture> plan = session.gestures().all();
        assertThat(plan).allMatch(g -> g.state() == GestureState.PLANNED);
        PlannedGesture c = plan.stream().filter(g -> g.gestureKey().equals("certificate")).findFirst().orElseThrow();
        assertThat(c.day()).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(c.start()).isEqualTo(LocalTime.of(13, 30));
        assertThat(c.end()).isEqualTo(LocalTime.of(14, 30));
        assertThat(c.place()).isEqualTo("École secondaire du Chêne-Bleu");
        assertThat(c.owner()).isEqualTo("Julie Gagnon");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void leavingAndComingBackResumesAtTheSameStepWithWhatWasChosen() {
        model.pick().setChosen("ribbon", true);
        model.pick().setChosen("encouragement", true);
        model.pick().setChosen("encouragement", false);
        model.next();
        row("ribbon").start().set("9:00");
        model.next();
        assertThat(model.step().get()).isEqualTo(Step.PEOPLE);
        model.dispose();
        session.close();

        reopen();
        assertThat(model.step().get()).isEqualTo(Step.PEOPLE);
        assertThat(model.pick().isChosen("ribbon")).isTrue();
        assertThat(model.pick().isChosen("encouragement")).isFalse();
        assertThat(model.rows()).extracting(WizardRow::controlId).containsExactly("ribbon");
        assertThat(session.gestures().all().get(0).start()).isEqualTo(LocalTime.of(9, 0));
        model.back();
        assertThat(model.step().get()).isEqualTo(Step.SCHEDULE);
    }

    @Test
    void anEmptyCustomTitleIsRefusedOnTheField() {
        assertThat(model.pick().addCustom("  ", "salute", "")).contains("Le titre est obligatoire.");
        assertThat(session.gestures().all()).isEmpty();
    }

    @Test
    void theReviewWarnsWhenOnePersonHasTwoGesturesAtOnce() {
        model.pick().setChosen("cocktail", true);
        model.pick().setChosen("thanks", true);
        model.next();
        WizardRow thanks = row("thanks");
        thanks.day().set(LocalDate.of(2020, 2, 18));
        model.commitDay(thanks);
        thanks.start().set("18:00");
        thanks.end().set("18:30");
        model.next();
        row("thanks").owner().set("Karim Benali");
        model.commitOwner(row("thanks"));
        row("cocktail").owner().set("Karim Benali");
        model.commitOwner(row("cocktail"));
        model.next();
        assertThat(model.warnings()).containsExactly("Karim Benali a deux gestes en même temps le mardi 18 février\u00a0: "
                + "Cocktail à l’Assemblée nationale (17:00–19:00) et Remerciement sur les médias sociaux (18:00–18:30).");
    }
}
