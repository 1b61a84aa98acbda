package qc.trousse.ui.layout;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the texts a person cannot read whole on a screen: a label or button whose skin had to shorten its text
 * with an ellipsis. The visible cells of tables and lists are checked too, and what is drawn inside them: a name,
 * a state or a date cut in a row is as unreadable as a cut label. A text that is shortened in its row by design
 * (a long reason, a post's first words) passes only if its tooltip shows it whole; outside cells a tooltip
 * excuses nothing.
 */
final class CutTexts {
    private CutTexts() {
    }

    static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, false, cut);
        return cut;
    }

    private static void collect(Node node, boolean inCell, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        boolean cell = inCell || node instanceof Cell<?>;
        if (node instanceof Labeled labeled && isCut(labeled) && !(cell && wholeInTooltip(labeled))) {
            cut.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cell, cut);
            }
        }
    }

    private static boolean isCut(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank()) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && !full.equals(shown.getText())
                    && shown.getText().endsWith(labeled.getEllipsisString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeInTooltip(Labeled labeled) {
        Tooltip tip = labeled.getTooltip();
        return tip != null && tip.getText() != null
                && tip.getText().replace('\n', ' ').contains(labeled.getText().replace('\n', ' '));
    }

    private static String describe(Labeled labeled) {
        Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
        String id = labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId();
        return id + " « " + labeled.getText() + " » at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY());
    }
}
