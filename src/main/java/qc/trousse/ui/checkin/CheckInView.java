package qc.trousse.ui.checkin;

import atlantafx.base.theme.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.cocktail.Guest;
import qc.trousse.i18n.I18n;

/** The door, in big type: the live counts, the search field, the guests it finds, and a line for a walk-in. */
public final class CheckInView extends VBox implements ScreenLifecycle {
    private final CheckInViewModel model;

    public CheckInView(CheckInViewModel model) {
        super(14);
        this.model = model;
        setId("checkin-view");
        setPadding(new Insets(24));
        getStyleClass().addAll("screen", "checkin");
        Label title = new Label(I18n.tr("checkin.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(I18n.tr("checkin.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("checkin-status");
        status.getStyleClass().add("checkin-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        getChildren().addAll(title, hint, counts(), search(), matches(), actions(), status, walkIn());
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    private HBox counts() {
        HBox row = new HBox(12, tile("checkin-expected", "checkin.count.expected", model.expected()),
                tile("checkin-arrived", "checkin.count.arrived", model.arrived()),
                tile("checkin-notAnswered", "checkin.count.notAnswered", model.notAnswered()),
                tile("checkin-walkIns", "checkin.count.walkIns", model.walkIns()));
        row.setFillHeight(true);
        return row;
    }

    private static VBox tile(String id, String captionKey, IntegerProperty value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("checkin-number");
        number.textProperty().bind(value.asString());
        Label caption = new Label(I18n.tr(captionKey));
        caption.setWrapText(true);
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("checkin-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private TextField search() {
        TextField field = new TextField();
        field.setId("checkin-search");
        field.getStyleClass().add("checkin-search");
        field.setPromptText(I18n.tr("checkin.search.prompt"));
        field.textProperty().bindBidirectional(model.typed());
        field.setOnAction(e -> model.checkIn());
        return field;
    }

    private ListView<Guest> matches() {
        ListView<Guest> list = new ListView<>(model.matches());
        list.setId("checkin-matches");
        list.getStyleClass().add("checkin-matches");
        list.setPrefHeight(220);
        list.setPlaceholder(new Label(I18n.tr("checkin.matches.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Guest g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : model.describe(g));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.chosen().set(b);
            }
        });
        model.chosen().addListener((o, a, b) -> list.getSelectionModel().select(b));
        list.getSelectionModel().select(model.chosen().get());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.checkIn();
            }
        });
        return list;
    }

    private HBox actions() {
        Button arrive = new Button(I18n.tr("checkin.arrive"));
        arrive.setId("checkin-arrive");
        arrive.getStyleClass().addAll(Styles.ACCENT, "large");
        arrive.disableProperty().bind(model.chosen().isNull());
        arrive.setOnAction(e -> model.checkIn());
        Button badge = new Button(I18n.tr("checkin.badge"));
        badge.setId("checkin-badge");
        badge.getStyleClass().add("large");
        badge.disableProperty().bind(model.chosen().isNull());
        badge.setOnAction(e -> model.printBadge());
        Button undo = new Button(I18n.tr("checkin.undo"));
        undo.setId("checkin-undo");
        undo.getStyleClass().add("large");
        undo.setOnAction(e -> model.undoLast());
        HBox row = new HBox(10, arrive, badge, undo);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox walkIn() {
        Label heading = new Label(I18n.tr("checkin.walkIn.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField name = new TextField();
        name.setId("checkin-walkin-name");
        name.setPromptText(I18n.tr("checkin.walkIn.name"));
        name.textProperty().bindBidirectional(model.walkInName());
        TextField organisation = new TextField();
        organisation.setId("checkin-walkin-organisation");
        organisation.setPromptText(I18n.tr("checkin.walkIn.organisation"));
        organisation.textProperty().bindBidirectional(model.walkInOrganisation());
        Button add = new Button(I18n.tr("checkin.walkIn.add"));
        add.setId("checkin-walkin-add");
        add.setOnAction(e -> model.walkIn());
        name.setOnAction(e -> model.walkIn());
        organisation.setOnAction(e -> model.walkIn());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(organisation, Priority.ALWAYS);
        HBox row = new HBox(8, name, organisation, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, row);
    }
}
