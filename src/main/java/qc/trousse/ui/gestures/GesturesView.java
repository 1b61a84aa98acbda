package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;

/** Gestes de la semaine: the week board, and the walk-through that fills it. */
public final class GesturesView extends VBox {
    public GesturesView(WeekBoardViewModel board, GestureEditorViewModel editor, WalkThroughViewModel walk) {
        super(12);
        setId("gestures-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(I18n.tr("gestures.heading"));
        title.getStyleClass().add(Styles.TITLE_2);
        TabPane tabs = new TabPane();
        tabs.setId("gestures-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab week = new Tab(I18n.tr("gestures.tab.board"), new WeekBoardView(board, editor));
        week.setId("tab-board");
        Tab guide = new Tab(I18n.tr("gestures.tab.walkthrough"));
        guide.setId("tab-walkthrough");
        guide.setContent(new WalkThroughView(walk, () -> tabs.getSelectionModel().select(week)));
        tabs.getTabs().addAll(week, guide);
        if (board.isEmpty()) {
            tabs.getSelectionModel().select(guide);
        }
        getChildren().addAll(title, tabs);
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                board.dispose();
                walk.dispose();
            }
        });
    }

    /** A stable control id for a gesture: its key ("certificate", "custom-7"). */
    static String idOf(PlannedGesture g) {
        return g.gestureKey().replace(':', '-');
    }
}
