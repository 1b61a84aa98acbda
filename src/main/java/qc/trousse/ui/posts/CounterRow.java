package qc.trousse.ui.posts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import qc.trousse.posts.PostLength;

import java.util.Locale;

/**
 * Under a version: the counter, what the network counts and why the text does not fit, and a button that
 * selects the characters over the limit in the text, so the writer sees exactly what to cut.
 */
final class CounterRow {
    private CounterRow() {
    }

    static FlowPane of(String lang, LengthCounter counter, TextArea area) {
        Label count = new Label();
        count.setId("draft-counter-" + lang);
        count.getStyleClass().add("counter");
        count.textProperty().bind(counter.text());
        counter.level().addListener((o, a, b) -> level(count, b));
        level(count, counter.level().get());
        Label why = new Label();
        why.setId("draft-why-" + lang);
        why.getStyleClass().add("counter-why");
        why.setWrapText(true);
        why.textProperty().bind(counter.why());
        Button show = DraftEditorPane.button("draft-over-" + lang, "posts.why.show", Feather.SCISSORS,
                () -> selectOver(area, counter.overAt().get()));
        show.visibleProperty().bind(counter.overAt().greaterThanOrEqualTo(0));
        show.managedProperty().bind(show.visibleProperty());
        return DraftEditorPane.row(count, why, show);
    }

    /** Highlights, as a selection, every character from the first one over the limit to the end. */
    static void selectOver(TextArea area, int overAt) {
        if (overAt >= 0 && overAt <= area.getLength()) {
            area.requestFocus();
            area.selectRange(area.getLength(), overAt);
        }
    }

    private static void level(Label label, PostLength.Level level) {
        label.getStyleClass().removeAll("counter-ok", "counter-near", "counter-over");
        label.getStyleClass().add("counter-" + level.name().toLowerCase(Locale.ROOT));
    }
}
