package qc.trousse.ui.certificates;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.certificates.Recipient;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The names in French alphabetical order (through kept collation keys) while the search filters, and reversed. */
@ExtendWith(ApplicationExtension.class)
class RecipientsOrderWindowTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theTablesOrderHoldsWhileTheSearchFiltersAndAHeaderReversesIt(FxRobot robot) throws Exception {
        Path demo = dir.resolve("demo.db");
        Files.copy(Path.of("assets/demo/semaine-jps-2020.db"), demo);
        robot.interact(() -> {
            WindowFixture.open(stage, demo, new MemoryUserSettings(), Lang.FR);
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#nav-recipients")).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        Comparator<String> french = Collator.getInstance(Locale.CANADA_FRENCH)::compare;
        assertThat(names(table)).hasSizeGreaterThan(3).isSortedAccordingTo(french);

        robot.interact(() -> robot.lookup("#recipients-search").queryTextInputControl().setText("côté"));
        List<String> filtered = names(table);
        assertThat(filtered).hasSizeGreaterThan(1).isSortedAccordingTo(french);

        robot.interact(() -> {
            TableColumn<Recipient, ?> name = table.getColumns().get(0);
            name.setSortType(TableColumn.SortType.DESCENDING);
        });
        assertThat(names(table)).isSortedAccordingTo(french.reversed()).containsExactlyInAnyOrderElementsOf(filtered);
        robot.interact(() -> robot.lookup("#recipients-search").queryTextInputControl().setText(""));
        assertThat(names(table)).hasSizeGreaterThan(filtered.size()).isSortedAccordingTo(french.reversed());
    }

    private static List<String> names(TableView<Recipient> table) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.getItems().stream().map(Recipient::name).toList();
    }
}
