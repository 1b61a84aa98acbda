package qc.trousse.ui.gestures;

import atlantafx.base.theme.Styles;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Five columns, Monday 17 to Friday 21 February, with a card per gesture. A card is dragged to another day
 * with the mouse (press, drag, release over a column), or moved with its own day list.
 */
public final class WeekBoardView extends VBox {
    private final WeekBoardViewModel model;
    private final VBox warnings = new VBox(4);
    private final HBox columns = new HBox(8);
    private final Map<LocalDate, VBox> dayColumns = new LinkedHashMap<>();
    private final GestureDetailPane detail;
    private double pressX;
    private double pressY;

    public WeekBoardView(WeekBoardViewModel model, GestureEditorViewModel editor) {
        super(12);
        this.model = model;
        this.detail = new GestureDetailPane(editor, model.selected());
        setId("week-board");
        warnings.setId("board-warnings");
        Label hint = new Label(I18n.tr("gestures.board.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        columns.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(hint, addRow(), warnings, columns, detail);
        model.revision().addListener((o, a, b) -> redraw());
        model.selected().addListener((o, a, b) -> {
            markSelected();
            detail.redraw();
        });
        redraw();
    }

    /** A gesture added where the week is seen; it is chosen and its checklist brought into the window. */
    private Node addRow() {
        javafx.scene.control.TextField title = new javafx.scene.control.TextField();
        title.setId("board-new-title");
        title.setPromptText(I18n.tr("gestures.custom.title.prompt"));
        title.setPrefColumnCount(24);
        javafx.scene.control.Button add = new javafx.scene.control.Button(I18n.tr("gestures.custom.add"),
                new FontIcon(Feather.PLUS));
        add.setId("board-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("board-add-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Runnable adding = () -> {
            java.util.Optional<String> refused = model.addGesture(title.getText());
            problem.setText(refused.orElse(""));
            if (refused.isEmpty()) {
                title.clear();
                revealDetail();
            }
        };
        add.setOnAction(e -> adding.run());
        title.setOnAction(e -> adding.run());
        HBox row = new HBox(8, title, add, problem);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void redraw() {
        warnings.getChildren().clear();
        for (String line : model.warnings()) {
            Label warning = new Label(line, new FontIcon(Feather.ALERT_TRIANGLE));
            warning.getStyleClass().add("warning");
            warning.setWrapText(true);
            warning.setMaxWidth(Double.MAX_VALUE);
            warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            warnings.getChildren().add(warning);
        }
        HBox stray = new HBox(8);
        stray.setId("board-outside");
        for (PlannedGesture g : model.outsideTheWeek()) {
            stray.getChildren().add(new GestureCard(g, model));
        }
        if (!stray.getChildren().isEmpty()) {
            warnings.getChildren().add(stray);
        }
        // An empty week still shows columns of a useful height.
        Region floor = new Region();
        floor.setMinSize(0, 260);
        floor.setMaxWidth(0);
        columns.getChildren().setAll(floor);
        dayColumns.clear();
        for (LocalDate day : model.days()) {
            VBox column = new VBox(8);
            column.setId("column-" + day);
            column.getStyleClass().add("day-column");
            column.setPadding(new Insets(8));
            // A fixed starting width lets wrapped card titles report their real height.
            column.setPrefWidth(170);
            column.setMinWidth(140);
            column.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(column, Priority.ALWAYS);
            Label heading = new Label(Days.format(day));
            heading.getStyleClass().add("day-heading");
            heading.setWrapText(true);
            column.getChildren().add(heading);
            for (PlannedGesture g : model.cards(day)) {
                column.getChildren().add(draggable(new GestureCard(g, model)));
            }
            dayColumns.put(day, column);
            columns.getChildren().add(column);
        }
        markSelected();
        detail.redraw();
    }

    private Node draggable(GestureCard card) {
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            model.selected().set(card.gestureId());
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            card.setTranslateX(e.getSceneX() - pressX);
            card.setTranslateY(e.getSceneY() - pressY);
            card.setViewOrder(-1);
            card.getParent().setViewOrder(-1);
            card.getStyleClass().add("dragging");
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            boolean dragged = card.getTranslateX() != 0 || card.getTranslateY() != 0;
            card.setTranslateX(0);
            card.setTranslateY(0);
            card.getParent().setViewOrder(0);
            card.getStyleClass().remove("dragging");
            if (dragged) {
                dayAt(e.getSceneX(), e.getSceneY()).ifPresent(day -> model.move(card.gestureId(), day));
            } else {
                revealDetail();
            }
        });
        return card;
    }

    /** A click on a card brings its checklist, below the board, into the window. */
    private void revealDetail() {
        Node up = getParent();
        while (up != null && !(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
            // The detail was just rebuilt: its new nodes need their style before their size is known.
            scroll.applyCss();
            scroll.layout();
            Node content = scroll.getContent();
            Bounds box = content.sceneToLocal(detail.localToScene(detail.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double visibleTop = scroll.getVvalue() * Math.max(room, 0);
            double visibleBottom = visibleTop + scroll.getViewportBounds().getHeight();
            if (room > 0 && (box.getMinY() > visibleBottom - 80 || box.getMinY() < visibleTop)) {
                scroll.setVvalue(Math.min(1, Math.max(0, box.getMinY() - 16) / room));
            }
        }
    }

    private java.util.Optional<LocalDate> dayAt(double sceneX, double sceneY) {
        for (Map.Entry<LocalDate, VBox> entry : dayColumns.entrySet()) {
            Bounds bounds = entry.getValue().localToScene(entry.getValue().getBoundsInLocal());
            if (bounds.contains(sceneX, sceneY)) {
                return java.util.Optional.of(entry.getKey());
            }
        }
        return java.util.Optional.empty();
    }

    private void markSelected() {
        for (VBox column : dayColumns.values()) {
            for (Node node : column.getChildren()) {
                if (node instanceof GestureCard card) {
                    boolean on = model.selected().get() != null && model.selected().get() == card.gestureId();
                    card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
                }
            }
        }
    }
}
