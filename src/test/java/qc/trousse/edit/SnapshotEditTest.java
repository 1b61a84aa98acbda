package qc.trousse.edit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.DataFile;
import qc.trousse.store.SettingRepository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic edit over a real file: a setting written through the store function. */
class SnapshotEditTest {
    @TempDir
    Path dir;
    private DataFile file;
    private SettingRepository settings;
    private final EditHistory history = new EditHistory();

    @BeforeEach
    void open() throws Exception {
        file = DataFile.open(dir.resolve("edits.db"));
        settings = new SettingRepository(file);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private SnapshotEdit<String> setting(String key, String after) {
        return SnapshotEdit.writing("edit.setting", settings.get(key).orElse(null), after, v -> settings.put(key, v));
    }

    @Test
    void applyWritesTheAfterSnapshotAndRevertTheBeforeOne() {
        settings.put("room", "Salon rouge");
        SnapshotEdit<String> edit = setting("room", "Salon bleu");
        history.perform(edit);
        assertThat(settings.get("room")).contains("Salon bleu");
        assertThat(history.undoKey()).contains("edit.setting");
        history.undo();
        assertThat(settings.get("room")).contains("Salon rouge");
        history.redo();
        assertThat(settings.get("room")).contains("Salon bleu");
        assertThat(edit.before()).isEqualTo("Salon rouge");
        assertThat(edit.after()).isEqualTo("Salon bleu");
    }

    @Test
    void theStoreFunctionIsToldWhereItComesFromAndWhereItGoes() {
        List<String> moves = new ArrayList<>();
        SnapshotEdit<String> edit = SnapshotEdit.of("edit.row", null, "row 7", (from, to) -> {
            moves.add(from + " → " + to);
            settings.put("row", to);
        });
        edit.apply();
        assertThat(settings.get("row")).contains("row 7");
        edit.revert();
        assertThat(settings.get("row")).as("null is absent: a creation undone deletes").isEmpty();
        assertThat(moves).containsExactly("null → row 7", "row 7 → null");
    }

    @Test
    void keystrokesInTheSameFieldFoldIntoOneStepThatUndoesToTheFirstBefore() {
        settings.put("name", "");
        history.perform(setting("name", "J").folding("name"));
        history.perform(setting("name", "Ju").folding("name"));
        history.perform(setting("name", "Julie").folding("name"));
        history.undo();
        assertThat(settings.get("name")).contains("");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void editsWithoutAFoldNameOrWithAnotherNameStaySeparateSteps() {
        history.perform(setting("a", "1"));
        history.perform(setting("a", "2"));
        history.perform(setting("b", "x").folding("b"));
        history.perform(setting("c", "y").folding("c"));
        history.undo();
        assertThat(settings.get("c")).isEmpty();
        assertThat(settings.get("b")).contains("x");
        history.undo();
        history.undo();
        assertThat(settings.get("a")).contains("1");
    }
}
