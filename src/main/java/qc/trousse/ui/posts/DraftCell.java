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
 * "to approve" never cuts it off at 1280×800), over its first words on one line.
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
        Label top = new Label(head);
        top.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = new Label(I18n.tr(d.state().key()));
        state.getStyleClass().add(Styles.TEXT_SMALL);
        // Its first words, shortened by design to the list's width (the draft is whole in the editor beside it), and
        // whole in the tooltip for a person looking for one post among the week's.
        Label text = new Label(d.french().replace('\n', ' '));
        text.setTooltip(new javafx.scene.control.Tooltip(d.french()));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, top, state, text);
        box.setMaxWidth(210);
        text.setMaxWidth(210);
        setText(null);
        setGraphic(box);
    }
}
