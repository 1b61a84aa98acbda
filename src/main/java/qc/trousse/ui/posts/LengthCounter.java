package qc.trousse.ui.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.PostLength;

/** The counter under one version: "234 / 280 (X)" and its level (green, amber near the limit, red over). */
public final class LengthCounter {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PostLength.Level> level = new SimpleObjectProperty<>(PostLength.Level.OK);

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<PostLength.Level> level() {
        return level;
    }

    void show(PostLength length) {
        text.set(I18n.tr("posts.counter", length.length(), length.limit(), length.network().label()));
        level.set(length.level());
    }

    void clear() {
        text.set("");
        level.set(PostLength.Level.OK);
    }
}
