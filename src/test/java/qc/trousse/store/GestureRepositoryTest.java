package qc.trousse.store;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.CustomGesture;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.GestureTemplates;
import qc.trousse.gestures.PlannedGesture;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GestureRepositoryTest {
    @TempDir
    Path dir;

    private static PlannedGesture certificate(long id) {
        return new PlannedGesture(id, "certificate", LocalDate.of(2020, 2, 19), LocalTime.of(10, 0),
                LocalTime.of(11, 30), "École du Chêne-Bleu", "Julie Gagnon", GestureState.PLANNED,
                GestureTemplates.checklist(Editions.shipped().year(2020), "certificate", "Julie Gagnon"));
    }

    @Test
    void aPlanWithItsChecklistSurvivesReopeningTheFile() throws Exception {
        Path file = dir.resolve("plan.db");
        PlannedGesture saved = certificate(1).withItem(2, i -> i.withDone(true).withText("Appeler Le Soleil"))
                .plusItem(ChecklistItem.custom("Réserver le photographe", -2, "Karim"));
        try (DataFile data = DataFile.open(file)) {
            GestureRepository repo = new GestureRepository(data);
            repo.save(saved);
            repo.saveCustom(new CustomGesture(2, "Visite de la maison des jeunes", "ambassador", "Rencontre"));
            assertThat(repo.nextId()).isEqualTo(3);
        }
        try (DataFile data = DataFile.open(file)) {
            GestureRepository repo = new GestureRepository(data);
            assertThat(repo.loadPlan()).containsExactly(saved);
            assertThat(repo.loadCustom()).containsExactly(
                    new CustomGesture(2, "Visite de la maison des jeunes", "ambassador", "Rencontre"));
        }
    }

    @Test
    void savingAgainReplacesTheGestureAndItsWholeChecklist() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("replace.db"))) {
            GestureRepository repo = new GestureRepository(data);
            repo.save(certificate(1));
            PlannedGesture shorter = certificate(1).withChecklist(List.of(ChecklistItem.custom("Seule étape", 0, "")))
                    .withDay(LocalDate.of(2020, 2, 20));
            repo.save(shorter);
            assertThat(repo.loadPlan()).containsExactly(shorter);
        }
    }

    @Test
    void deletingAGestureDeletesItsChecklist() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("delete.db"))) {
            GestureRepository repo = new GestureRepository(data);
            repo.save(certificate(1));
            repo.delete(1);
            assertThat(repo.loadPlan()).isEmpty();
            try (Statement s = data.connection().createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM gesture_item")) {
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aBadWriteLeavesNothingHalfSaved() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("half.db"))) {
            GestureRepository repo = new GestureRepository(data);
            repo.save(certificate(1));
            // A state the file refuses: the checklist must not be rewritten either.
            PlannedGesture broken = certificate(1).withChecklist(List.of()).withState(null);
            assertThatThrownBy(() -> repo.save(broken)).isInstanceOf(RuntimeException.class);
            assertThat(repo.loadPlan()).containsExactly(certificate(1));
        }
    }
}
