package qc.trousse.ui.office;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingTexts;
import qc.trousse.ui.FormLayout;

/** The riding search, the chosen riding and its region. */
final class RidingPane extends VBox {
    RidingPane(RidingChoice model) {
        TextField search = new TextField();
        search.setId("riding-search");
        search.setPromptText(I18n.tr("profile.riding.search"));
        search.textProperty().bindBidirectional(model.query());
        ListView<Riding> matches = new ListView<>(model.matches());
        matches.setId("riding-matches");
        matches.setPrefHeight(150);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Riding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  ·  " + item.region());
            }
        });
        matches.setOnMouseClicked(e -> model.choose(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.choose(matches.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnAction(e -> {
            if (model.matches().size() == 1) {
                model.choose(model.matches().get(0));
            }
        });
        // The chosen riding is shown selected in the list, so the list opens where the office is.
        Runnable showChosen = () -> {
            Riding r = model.riding().get();
            if (r != null && matches.getItems().contains(r)) {
                matches.getSelectionModel().select(r);
                matches.scrollTo(r);
            }
        };
        model.riding().addListener((o, a, b) -> showChosen.run());
        showChosen.run();
        Label chosen = new Label();
        chosen.setId("riding-chosen");
        chosen.getStyleClass().add(Styles.TEXT_BOLD);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.riding().get() == null
                ? I18n.tr("profile.riding.none")
                : RidingTexts.label(model.riding().get()),
                model.riding()));
        ComboBox<String> region = new ComboBox<>();
        region.setId("field-region");
        region.getItems().setAll(model.regions());
        region.valueProperty().bindBidirectional(model.region());
        // Says "Aucun résultat" rather than an empty list, and why a former name is not in the list.
        Label note = new Label();
        note.setId("riding-note");
        note.setWrapText(true);
        note.textProperty().bind(model.note());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        Label map = new Label(model.map());
        map.setId("riding-map");
        map.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        GridPane grid = ProfileView.grid();
        grid.addRow(0, FormLayout.label("profile.riding"), chosen);
        grid.add(search, 1, 1);
        grid.add(note, 1, 2);
        grid.add(matches, 1, 3);
        grid.add(map, 1, 4);
        grid.addRow(5, FormLayout.label("profile.region"), region);
        Label regionHint = new Label(I18n.tr("profile.region.hint"));
        regionHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.add(regionHint, 1, 6);
        getChildren().add(grid);
    }
}
