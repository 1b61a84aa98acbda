package qc.trousse.ui.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostState;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Where the selected draft is (brouillon → à approuver → approuvé → publié), who approved it and when. */
public final class DraftStatus {
    private final StringProperty approver = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PostState> value = new SimpleObjectProperty<>();

    DraftStatus(String mnaName) {
        approver.set(mnaName);
    }

    /** Who approves: the MNA unless someone else is typed. */
    public StringProperty approver() {
        return approver;
    }

    /** « Approuvé — par Marie Tremblay le 16 février à 19 h 45 ». */
    public StringProperty text() {
        return text;
    }

    public ObjectProperty<PostState> value() {
        return value;
    }

    void show(Optional<Draft> d) {
        value.set(d.map(Draft::state).orElse(null));
        text.set(d.map(DraftStatus::words).orElse(""));
    }

    private static String words(Draft d) {
        String s = I18n.tr(d.state().key());
        if (d.approvedAt() != null) {
            s += " — " + I18n.tr("posts.approvedBy", d.approvedBy(),
                    d.approvedAt().format(DateTimeFormatter.ofPattern(I18n.tr("posts.approvedAt.format"),
                            I18n.language().locale())));
        }
        return s;
    }
}
