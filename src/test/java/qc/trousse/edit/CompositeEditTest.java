package qc.trousse.edit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.StoreException;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parts applied in order, and taken back when a later one fails: over a real file that refuses a write. */
class CompositeEditTest {
    @TempDir
    Path dir;
    private DataFile file;
    private SettingRepository settings;
    private final EditHistory history = new EditHistory();

    @BeforeEach
    void open() throws Exception {
        file = DataFile.open(dir.resolve("composite.db"));
        settings = new SettingRepository(file);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private Edit setting(String key, String after) {
        return SnapshotEdit.writing("edit." + key, settings.get(key).orElse(null), after, v -> settings.put(key, v));
    }

    /** The file refuses to write this key, as a full disk would refuse any. */
    private void refuse(String key) throws Exception {
        try (Statement s = file.connection().createStatement()) {
            s.execute("CREATE TRIGGER refuse_" + key + " BEFORE INSERT ON setting WHEN NEW.key = '" + key
                    + "' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
    }

    private void accept(String key) throws Exception {
        try (Statement s = file.connection().createStatement()) {
            s.execute("DROP TRIGGER refuse_" + key);
        }
    }

    @Test
    void thePartsApplyInOrderAndUndoAsOneStepUnderOneName() {
        List<String> order = new java.util.ArrayList<>();
        Edit first = SnapshotEdit.of("edit.first", "", "1", (from, to) -> order.add("first " + to));
        Edit second = SnapshotEdit.of("edit.second", "", "2", (from, to) -> order.add("second " + to));
        history.perform(new CompositeEdit("edit.both", List.of(first, second)));
        assertThat(history.undoKey()).contains("edit.both");
        history.undo();
        assertThat(order).containsExactly("first 1", "second 2", "second ", "first ");
        assertThat(CompositeEdit.of(List.of(second, first)).descriptionKey()).isEqualTo("edit.second");
    }

    @Test
    void whenALaterPartFailsThePartsAlreadyAppliedAreRolledBack() throws Exception {
        settings.put("guest", "none");
        refuse("certificate");
        CompositeEdit both = CompositeEdit.of(List.of(setting("guest", "Léa Roy"), setting("certificate", "Léa Roy")));
        assertThatThrownBy(() -> history.perform(both)).isInstanceOf(StoreException.class);
        assertThat(settings.get("guest")).as("the first part is taken back").contains("none");
        assertThat(settings.get("certificate")).isEmpty();
        assertThat(history.canUndo()).as("a step that failed is not in the undo list").isFalse();

        accept("certificate");
        history.perform(both);
        assertThat(settings.get("guest")).contains("Léa Roy");
        assertThat(settings.get("certificate")).contains("Léa Roy");
    }

    @Test
    void whenAnUndoFailsHalfWayThePartsAlreadyRevertedAreAppliedAgain() throws Exception {
        settings.put("certificate", "none");
        Edit both = CompositeEdit.of(List.of(setting("certificate", "Léa Roy"), setting("guest", "Léa Roy")));
        history.perform(both);
        // Undoing writes "guest" back to absent (a delete, allowed), then "certificate" back to "none" (refused).
        try (Statement s = file.connection().createStatement()) {
            s.execute("CREATE TRIGGER refuse_update BEFORE INSERT ON setting WHEN NEW.value = 'none'"
                    + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        assertThatThrownBy(history::undo).isInstanceOf(StoreException.class);
        assertThat(settings.get("guest")).as("re-applied").contains("Léa Roy");
        assertThat(settings.get("certificate")).contains("Léa Roy");
        assertThat(history.canUndo()).as("an undo that failed stays undoable").isTrue();
    }

    @Test
    void aCompositeWithoutPartsIsRefused() {
        assertThatThrownBy(() -> new CompositeEdit("edit.none", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
