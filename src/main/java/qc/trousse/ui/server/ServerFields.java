package qc.trousse.ui.server;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import qc.trousse.i18n.I18n;
import qc.trousse.store.StoreUrl;

/** The server's fields of the connection dialog, bound to its form. */
final class ServerFields {
    private ServerFields() {
    }

    static GridPane grid(ServerConnectionViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        TextField host = bound("server-host", model.form().host());
        host.setPromptText(I18n.tr("server.window.hostPrompt"));
        // An address pasted whole (postgresql://…) fills every field; a password in it goes to the masked field.
        host.textProperty().addListener((o, was, now) -> {
            if (StoreUrl.isServer(now)) {
                Platform.runLater(() -> model.fill(now));
            }
        });
        TextField port = bound("server-port", model.form().port());
        port.setPrefColumnCount(6);
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(model.form().password());
        password.setPromptText(I18n.tr("server.window.passwordPrompt"));
        ComboBox<TlsMode> tls = new ComboBox<>();
        tls.setId("server-tls");
        tls.getItems().setAll(TlsMode.DISABLE, TlsMode.REQUIRE);
        model.tlsOffered().addListener((o, was, offered) -> {
            if (offered && !tls.getItems().contains(TlsMode.VERIFY_FULL)) {
                tls.getItems().add(TlsMode.VERIFY_FULL);
            }
        });
        if (model.form().tls().get() == TlsMode.VERIFY_FULL) {
            tls.getItems().add(TlsMode.VERIFY_FULL);
        }
        tls.valueProperty().bindBidirectional(model.form().tls());
        Label tlsNote = new Label();
        tlsNote.setId("server-tls-note");
        tlsNote.setWrapText(true);
        tlsNote.textProperty().bind(Bindings.when(model.tlsOffered())
                .then(I18n.tr("server.window.tlsOffered")).otherwise(I18n.tr("server.window.tlsNone")));
        grid.addRow(0, ServerConnectionDialog.label("server.window.host"), host, ServerConnectionDialog.label("server.window.port"), port);
        grid.addRow(1, ServerConnectionDialog.label("server.window.database"), bound("server-database", model.form().database()));
        grid.addRow(2, ServerConnectionDialog.label("server.window.user"), bound("server-user", model.form().user()));
        grid.addRow(3, ServerConnectionDialog.label("server.window.password"), password);
        grid.addRow(4, ServerConnectionDialog.label("server.window.tls"), tls);
        grid.add(tlsNote, 1, 5, 3, 1);
        GridPane.setHgrow(host, Priority.ALWAYS);
        for (int row = 1; row <= 3; row++) {
            final int r = row;
            grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == r && GridPane.getColumnIndex(n) == 1)
                    .forEach(n -> GridPane.setColumnSpan(n, 3));
        }
        return grid;
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
