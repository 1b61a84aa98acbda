package qc.trousse.ui.server;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;

import java.util.function.Consumer;

/** The connection dialog: the server's fields, the test and its one line, who the user is, share or connect. */
public final class ServerConnectionDialog {
    private ServerConnectionDialog() {
    }

    /** Shows the dialog without waiting; {@code onOpen} gets the session once connected (the dialog then closes). */
    public static Stage show(Window owner, ServerConnectionViewModel model, ShareViewModel share,
                             ServerSessions sessions, Consumer<Session> onOpen) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.tr(share == null ? "server.window.title" : "server.window.shareTitle"));
        VBox root = new VBox(12, ServerFields.grid(model), testRow(model), answer(model));
        if (share != null) {
            root.getChildren().add(shareRow(share));
        }
        root.getChildren().addAll(memberRow(model), buttons(stage, model, sessions, onOpen));
        root.setPadding(new Insets(18));
        root.setPrefWidth(560);
        root.setId("server-dialog");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // A longer answer or share line grows the dialog rather than pushing its buttons out of sight.
        model.answerText().addListener((o, was, now) -> stage.sizeToScene());
        if (share != null) {
            share.shareText().addListener((o, was, now) -> stage.sizeToScene());
        }
        stage.show();
        return stage;
    }

    private static HBox testRow(ServerConnectionViewModel model) {
        Button test = new Button(I18n.tr("server.window.test"));
        test.setId("server-test");
        test.disableProperty().bind(model.busy());
        test.setOnAction(e -> model.test());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("server-testing");
        spinner.setMaxSize(22, 22);
        spinner.visibleProperty().bind(model.busy());
        HBox row = new HBox(10, test, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label answer(ServerConnectionViewModel model) {
        Label answer = new Label();
        answer.setId("server-answer");
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.textProperty().bind(model.answerText());
        model.answer().addListener((o, was, now) -> {
            answer.getStyleClass().removeAll("warning", "success");
            if (now == ServerConnectionViewModel.Answer.FAILED) {
                answer.getStyleClass().add("warning");
            } else if (now == ServerConnectionViewModel.Answer.OK || now == ServerConnectionViewModel.Answer.EMPTY) {
                answer.getStyleClass().add("success");
            }
        });
        return answer;
    }

    private static VBox shareRow(ShareViewModel share) {
        Button start = new Button(I18n.tr("server.window.share"));
        start.setId("server-share");
        start.disableProperty().bind(share.canShare().not());
        start.setOnAction(e -> share.share());
        Button cancel = new Button(I18n.tr("server.window.cancelCopy"));
        cancel.setId("server-share-cancel");
        cancel.visibleProperty().bind(share.copying());
        cancel.setOnAction(e -> share.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("server-share-progress");
        bar.progressProperty().bind(share.progress());
        bar.visibleProperty().bind(share.copying());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox row = new HBox(10, start, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("server-share-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(share.shareText());
        return new VBox(6, row, text);
    }

    private static HBox memberRow(ServerConnectionViewModel model) {
        ComboBox<String> member = new ComboBox<>(model.team());
        member.setId("server-member");
        // A free name when the office's profile names no team yet.
        member.editableProperty().bind(Bindings.isEmpty(model.team()));
        member.valueProperty().bindBidirectional(model.member());
        member.getEditor().textProperty().addListener((o, was, now) -> {
            if (member.isEditable()) {
                model.member().set(now);
            }
        });
        member.setPromptText(I18n.tr("server.window.memberPrompt"));
        member.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(member, Priority.ALWAYS);
        HBox row = new HBox(10, label("server.window.member"), member);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !ServerConnectionViewModel.isOpenable(model.answer().get()), model.answer()));
        return row;
    }

    private static HBox buttons(Stage stage, ServerConnectionViewModel model, ServerSessions sessions,
                                Consumer<Session> onOpen) {
        Button cancel = new Button(I18n.tr("server.window.close"));
        cancel.setId("server-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button connect = new Button(I18n.tr("server.window.connect"));
        connect.setId("server-connect");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.canConnect().not());
        connect.setOnAction(e -> model.connect(sessions, session -> {
            stage.close();
            onOpen.accept(session);
        }));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new HBox(10, spring, cancel, connect);
    }

    static Label label(String key) {
        Label l = new Label(I18n.tr(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
