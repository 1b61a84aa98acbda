package qc.trousse.ui.posts;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Overflow;
import qc.trousse.posts.PostLength;

/**
 * The counter under one version: "234 / 280 (X)" and its level (green, amber near the limit, red over); beside
 * it, what the network counts and, when the text does not fit, why and from which characters on.
 */
public final class LengthCounter {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty why = new SimpleStringProperty("");
    private final IntegerProperty overAt = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PostLength.Level> level = new SimpleObjectProperty<>(PostLength.Level.OK);

    public StringProperty text() {
        return text;
    }

    /** "graphèmes", or "graphèmes · trop long de 12 · Ne tient pas à partir de : « … »". */
    public StringProperty why() {
        return why;
    }

    /** Where the first character over the limit is in the text, -1 when it fits. */
    public IntegerProperty overAt() {
        return overAt;
    }

    public ObjectProperty<PostLength.Level> level() {
        return level;
    }

    void show(PostLength length, String measured) {
        text.set(I18n.tr("posts.counter", length.length(), length.limit(), length.network().label()));
        StringBuilder said = new StringBuilder(I18n.tr(length.rules().countsKey()));
        if (length.refusalKey() != null) {
            said.append(" · ").append(Overflow.refusal(length));
        }
        String over = Overflow.start(measured, length);
        if (!over.isEmpty()) {
            said.append(" · ").append(I18n.tr("posts.why.over", over));
        }
        why.set(said.toString());
        overAt.set(length.overAt());
        level.set(length.level());
    }

    void clear() {
        text.set("");
        why.set("");
        overAt.set(-1);
        level.set(PostLength.Level.OK);
    }
}
