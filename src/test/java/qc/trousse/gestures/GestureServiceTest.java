package qc.trousse.gestures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan over a real SQLite file: every change undoable, refused values leave the file untouched. */
class GestureServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;
    private Session session;
    private GestureService gestures;

    @BeforeEach
    void open() {
        session = reopen();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Session reopen() {
        try {
            Session s = new Session(DataFile.open(dir.resolve("plan.db")), Editions.shipped(), Ridings.load());
            gestures = s.gestures();
            return s;
        } catch (DataFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void choosingAGestureGivesItsUsualSlotAndChecklist() {
        PlannedGesture cert = gestures.choose("certificate");
        assertThat(cert.state()).isEqualTo(GestureState.IDEA);
        assertThat(cert.day()).isEqualTo(MONDAY);
        assertThat(cert.checklist()).hasSize(6);
        PlannedGesture cocktail = gestures.choose("cocktail");
        assertThat(cocktail.day()).isEqualTo(TUESDAY);
        assertThat(cocktail.place()).isEqualTo("Assemblée nationale");
        assertThatThrownBy(() -> gestures.choose("cocktail")).isInstanceOf(GestureRejected.class);
        assertThatThrownBy(() -> gestures.choose("nope")).isInstanceOf(GestureRejected.class);
    }

    @Test
    void theCocktailCannotLeaveTuesday() {
        PlannedGesture cocktail = gestures.choose("cocktail");
        assertThatThrownBy(() -> gestures.move(cocktail.id(), MONDAY))
                .isInstanceOfSatisfying(GestureRejected.class, e -> assertThat(e.key()).isEqualTo("gestures.error.cocktailDay"));
        assertThat(gestures.find(cocktail.id()).orElseThrow().day()).isEqualTo(TUESDAY);
    }

    @Test
    void refusedValuesChangeNothing() {
        PlannedGesture cert = gestures.choose("certificate");
        assertThatThrownBy(() -> gestures.move(cert.id(), LocalDate.of(2020, 2, 24)))
                .isInstanceOf(GestureRejected.class);
        assertThatThrownBy(() -> gestures.setTimes(cert.id(), LocalTime.of(11, 0), LocalTime.of(10, 0)))
                .isInstanceOf(GestureRejected.class);
        assertThatThrownBy(() -> gestures.setState(cert.id(), GestureState.DONE)).isInstanceOf(GestureRejected.class);
        assertThatThrownBy(() -> gestures.addCustom(" ", "salute", "")).isInstanceOf(GestureRejected.class);
        session.close();
        session = reopen();
        assertThat(gestures.all()).containsExactly(cert);
    }

    @Test
    void everyChangeIsUndoneAndRedoneInTheFile() {
        PlannedGesture cert = gestures.choose("certificate");
        gestures.move(cert.id(), LocalDate.of(2020, 2, 19));
        gestures.tick(cert.id(), 0, true);
        gestures.setOwner(cert.id(), "Julie");
        assertThat(gestures.find(cert.id()).orElseThrow().checklist()).allMatch(i -> i.owner().equals("Julie"));
        session.history().undo();
        session.history().undo();
        assertThat(gestures.find(cert.id()).orElseThrow().doneItems()).isZero();
        session.close();
        session = reopen();
        PlannedGesture reread = gestures.find(cert.id()).orElseThrow();
        assertThat(reread.day()).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(reread.doneItems()).isZero();
        assertThat(reread.owner()).isEmpty();
    }

    @Test
    void removingAndUndoingBringsTheGestureBackWithItsChecklist() {
        PlannedGesture cert = gestures.choose("certificate");
        gestures.tick(cert.id(), 1, true);
        PlannedGesture ticked = gestures.find(cert.id()).orElseThrow();
        gestures.remove(cert.id());
        assertThat(gestures.all()).isEmpty();
        session.history().undo();
        assertThat(gestures.all()).containsExactly(ticked);
    }

    @Test
    void customGesturesStartWithAnEmptyChecklistAndCanBeUndone() {
        PlannedGesture visit = gestures.addCustom("Visite de la maison des jeunes", "ambassador", "Rencontre");
        assertThat(visit.checklist()).isEmpty();
        assertThat(gestures.title(visit)).isEqualTo("Visite de la maison des jeunes");
        gestures.addItem(visit.id(), "Confirmer avec la direction", -2, "Sophie");
        assertThat(gestures.find(visit.id()).orElseThrow().checklist()).hasSize(1);
        session.history().undo();
        session.history().undo();
        assertThat(gestures.all()).isEmpty();
        assertThat(gestures.catalogue().entries()).noneMatch(GestureEntry::custom);
    }

    @Test
    void itemsCanBeRewordedReassignedAndRemoved() {
        PlannedGesture cert = gestures.choose("certificate");
        gestures.editItem(cert.id(), 0, "Choisir l’élève de l’année");
        gestures.reassign(cert.id(), 0, "Karim");
        gestures.removeItem(cert.id(), 5);
        gestures.setItemOffset(cert.id(), 1, -10);
        gestures.setItemOffset(cert.id(), 1, -9);
        assertThat(gestures.find(cert.id()).orElseThrow().checklist().get(1).dueOn(cert.day()))
                .isEqualTo(LocalDate.of(2020, 2, 8));
        session.history().undo();
        assertThat(gestures.find(cert.id()).orElseThrow().checklist().get(1).offsetDays()).isEqualTo(-7);
        ChecklistItem first = gestures.find(cert.id()).orElseThrow().checklist().get(0);
        assertThat(first.label()).isEqualTo("Choisir l’élève de l’année");
        assertThat(first.owner()).isEqualTo("Karim");
        assertThat(gestures.find(cert.id()).orElseThrow().checklist()).hasSize(5);
    }

    @Test
    void onListsTheDaysGesturesWithTimesAndOwnerForTheCocktailFeature() {
        PlannedGesture cocktail = gestures.choose("cocktail");
        PlannedGesture thanks = gestures.choose("thanks");
        gestures.move(thanks.id(), TUESDAY);
        gestures.setOwner(thanks.id(), "Karim");
        PlannedGesture ribbon = gestures.choose("ribbon");
        gestures.move(ribbon.id(), TUESDAY);
        gestures.setState(ribbon.id(), GestureState.CANCELLED);
        assertThat(gestures.on(TUESDAY)).extracting(PlannedGesture::id).containsExactly(thanks.id(), cocktail.id());
        assertThat(gestures.on(TUESDAY).get(0).start()).isEqualTo(LocalTime.of(12, 0));
        assertThat(gestures.on(TUESDAY).get(0).owner()).isEqualTo("Karim");
        assertThat(gestures.on(MONDAY)).isEmpty();
    }

    @Test
    void theDashboardCountsFromTheRealDateUnlessACampaignDayIsSimulated() {
        LocalDate december = LocalDate.of(2019, 12, 3);
        assertThat(gestures.trainingDay().simulated()).isEmpty();
        assertThat(gestures.trainingDay().on(december)).isEqualTo(december);
        gestures.trainingDay().simulate(LocalDate.of(2020, 2, 20));
        session.close();
        session = reopen();
        assertThat(gestures.trainingDay().on(december)).isEqualTo(LocalDate.of(2020, 2, 20));
        gestures.trainingDay().simulate(TUESDAY);
        session.history().undo();
        assertThat(gestures.trainingDay().simulated()).contains(LocalDate.of(2020, 2, 20));
        assertThatThrownBy(() -> gestures.trainingDay().simulate(LocalDate.of(2020, 3, 1)))
                .isInstanceOf(GestureRejected.class);
        gestures.trainingDay().useRealDate();
        assertThat(gestures.trainingDay().on(december)).isEqualTo(december);
        session.history().undo();
        assertThat(gestures.trainingDay().simulated()).contains(LocalDate.of(2020, 2, 20));
    }

    @Test
    void aStepIsLateOnlyFromTheRealDateAfterItsDay() {
        PlannedGesture cert = gestures.choose("certificate");
        gestures.move(cert.id(), MONDAY);
        assertThat(gestures.summary(LocalDate.of(2019, 12, 3)).overdue()).isEmpty();
        assertThat(gestures.summary(MONDAY).overdue()).isNotEmpty();
    }

    @Test
    void typingAPlaceIsOneUndoStep() {
        PlannedGesture cert = gestures.choose("certificate");
        gestures.setPlace(cert.id(), "É");
        gestures.setPlace(cert.id(), "Éc");
        gestures.setPlace(cert.id(), "École");
        session.history().undo();
        assertThat(gestures.find(cert.id()).orElseThrow().place()).isEmpty();
    }
}
