package qc.trousse.ui.report;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.report.StaffActivity;
import qc.trousse.store.ChangeLog;

import java.time.ZoneId;
import java.util.List;

/** Under the report: who did what on the office's server (changes per member, the latest ones). */
public final class StaffActivityPane {
    private static final int LATEST = 8;

    private StaffActivityPane() {
    }

    public static VBox of(ChangeLog log) {
        Label title = new Label(I18n.tr("activity.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        List<String> lines = StaffActivity.lines(log, ZoneId.systemDefault(), LATEST);
        Label text = new Label(lines.isEmpty() ? I18n.tr("activity.none") : String.join("\n", lines));
        text.setId("activity-lines");
        text.setWrapText(true);
        VBox pane = new VBox(6, title, text);
        pane.setId("activity");
        return pane;
    }
}
