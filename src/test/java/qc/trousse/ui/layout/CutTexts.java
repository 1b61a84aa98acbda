package qc.trousse.ui.layout;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the texts a person cannot read whole on a screen: a label or button whose skin had to shorten its text
 * with an ellipsis. Cells of tables and lists are left out: a long reason in a table row is shortened by design
 * and shown whole in the form beside it. The cell that shows a drop-down's choice is checked: it is the only
 * place that choice is read.
 */
final class CutTexts {
    private CutTexts() {
    }

    static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?> && !(node.getParent() instanceof ComboBoxBase<?>)) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled)) {
            cut.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
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

    private static String describe(Labeled labeled) {
        Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
        String id = labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId();
        return id + " « " + labeled.getText() + " » at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY());
    }
}
