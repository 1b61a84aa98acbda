package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ScreenLifecycle;

/**
 * Gestes de la semaine: the week board, and the walk-through that fills it, switched by two buttons. (Plain
 * buttons rather than a TabPane: a tab clips content that grows, such as a checklist opened below the board.)
 */
public final class GesturesView extends VBox implements ScreenLifecycle {
    private final VBox page = new VBox();
    private final WeekBoardViewModel board;
    private final WalkThroughViewModel walk;

    public GesturesView(WeekBoardViewModel board, GestureEditorViewModel editor, WalkThroughViewModel walk) {
        super(12);
        this.board = board;
        this.walk = walk;
        setId("gestures-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(I18n.tr("gestures.heading"));
        title.getStyleClass().add(Styles.TITLE_2);
        Node boardView = new WeekBoardView(board, editor);
        ToggleGroup group = new ToggleGroup();
        ToggleButton week = toggle("tab-board", board.weekTitle(), Feather.CALENDAR, group, Styles.LEFT_PILL);
        ToggleButton guide = toggle("tab-walkthrough", I18n.tr("gestures.tab.walkthrough"), Feather.CHECK_SQUARE, group,
                Styles.RIGHT_PILL);
        Node walkView = new WalkThroughView(walk, () -> week.setSelected(true));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                page.getChildren().setAll(b == week ? boardView : walkView);
            }
        });
        // An empty plan, or a walk-through left half-way, opens on the walk-through so the office picks up there.
        (board.isEmpty() || walk.inProgress() ? guide : week).setSelected(true);
        getChildren().addAll(title, new HBox(week, guide), page);
    }

    @Override
    public void disposed() {
        board.dispose();
        walk.dispose();
    }

    private static ToggleButton toggle(String id, String text, Feather icon, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text, new FontIcon(icon));
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        return button;
    }

    /** A stable control id for a gesture: its key ("certificate", "custom-7"). */
    static String idOf(PlannedGesture g) {
        return g.gestureKey().replace(':', '-');
    }
}
