package qc.trousse.ui.posts;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;

import java.time.format.DateTimeFormatter;

/**
 * A draft in the list: day, time and network, then its state on a line of its own (so a long network name or
 * "to approve" never cuts it off at 1280×800), over its first words.
 */
final class DraftCell extends ListCell<Draft> {
    @Override
    protected void updateItem(Draft d, boolean empty) {
        super.updateItem(d, empty);
        if (empty || d == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String head = d.day().format(DateTimeFormatter.ofPattern("EEE d", I18n.language().locale())) + " "
                + d.time() + " · " + d.network().label();
        String first = d.french().length() > 70 ? d.french().substring(0, 70) + "…" : d.french();
        Label top = new Label(head);
        top.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = new Label(I18n.tr(d.state().key()));
        state.getStyleClass().add(Styles.TEXT_SMALL);
        Label text = new Label(first);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, top, state, text);
        box.setMaxWidth(210);
        text.setMaxWidth(210);
        setText(null);
        setGraphic(box);
    }
}
