package qc.trousse.ui.office;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ScrollIntoView;

/** The team list with its add row; a member just added is selected and scrolled into view. */
final class TeamPane extends VBox {
    TeamPane(TeamModel model) {
        super(8);
        ListView<String> list = new ListView<>(model.staff());
        list.setId("staff-list");
        list.setPrefHeight(120);
        TextField name = new TextField();
        name.setId("staff-new");
        name.setPromptText(I18n.tr("profile.staff.prompt"));
        name.textProperty().bindBidirectional(model.newName());
        name.setOnAction(e -> model.add());
        Button add = new Button(I18n.tr("profile.staff.add"), new FontIcon(Feather.PLUS));
        add.setId("staff-add");
        add.setOnAction(e -> model.add());
        Button remove = new Button(I18n.tr("profile.staff.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("staff-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        model.added().addListener((o, was, member) -> {
            if (member != null) {
                list.getSelectionModel().select(member);
                // After the list has taken the new member in, so the scroll lands on it and the page on the list.
                Platform.runLater(() -> {
                    // A scroll asked before the list has laid out its new item count is lost: lay out first.
                    list.layout();
                    list.scrollTo(member);
                    ScrollIntoView.reveal(list);
                });
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        getChildren().addAll(list, new HBox(8, name, add, remove));
    }
}
