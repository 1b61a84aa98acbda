package qc.trousse.gestures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.GestureRepository;
import qc.trousse.store.StoreException;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's edits over a real file: what folds into one undo step, and what a refused write leaves. */
class GestureEditsTest {
    @TempDir
    Path dir;
    private Session session;
    private GestureService gestures;

    @BeforeEach
    void open() throws Exception {
        session = new Session(DataFile.open(dir.resolve("edits.db")), Editions.shipped(), Ridings.load());
        gestures = session.gestures();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void typingThePlaceOfOneGestureIsOneUndoStepButAnotherGesturesPlaceIsItsOwn() {
        PlannedGesture first = gestures.choose("certificate");
        PlannedGesture second = gestures.choose("certificate");
        session.history().seal();
        gestures.setPlace(first.id(), "É");
        gestures.setPlace(first.id(), "École");
        gestures.setPlace(second.id(), "Bibliothèque");
        session.history().undo();
        assertThat(gestures.find(second.id()).orElseThrow().place()).isEqualTo(second.place());
        assertThat(gestures.find(first.id()).orElseThrow().place()).isEqualTo("École");
        session.history().undo();
        assertThat(gestures.find(first.id()).orElseThrow().place()).isEqualTo(first.place());
    }

    @Test
    void choosingTimesTwiceIsTwoUndoSteps() {
        PlannedGesture g = gestures.choose("certificate");
        gestures.setTimes(g.id(), LocalTime.of(9, 0), LocalTime.of(10, 0));
        gestures.setTimes(g.id(), LocalTime.of(13, 0), LocalTime.of(14, 0));
        session.history().undo();
        assertThat(gestures.find(g.id()).orElseThrow().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(session.history().undoKey()).contains("gestures.edit.times");
    }

    @Test
    void aCustomGestureThePlanCannotTakeLeavesNoCatalogueEntryBehind() throws Exception {
        try (Statement s = session.file().connection().createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON gesture_plan BEGIN SELECT RAISE(ABORT, 'full'); END");
        }
        int catalogue = gestures.catalogue().entries().size();
        assertThatThrownBy(() -> gestures.addCustom("Visite de la maison des jeunes", "ambassador", ""))
                .isInstanceOf(StoreException.class);
        assertThat(new GestureRepository(session.file()).loadCustom()).as("the entry is taken back").isEmpty();
        assertThat(gestures.catalogue().entries()).hasSize(catalogue);
        assertThat(gestures.all()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aCustomGestureIsOneStepThatUndoesBothTheEntryAndThePlan() {
        gestures.addCustom("Visite de la maison des jeunes", "ambassador", "Rencontre");
        assertThat(gestures.all()).hasSize(1);
        assertThat(session.history().undoKey()).contains("gestures.edit.custom");
        session.history().undo();
        assertThat(gestures.all()).isEmpty();
        assertThat(new GestureRepository(session.file()).loadCustom()).isEmpty();
    }
}
