package qc.trousse.ui.certificates;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientRules;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.MappedRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The add/edit form of one recipient: its fields, what is wrong with them, and the recipient they make. */
public final class RecipientFormModel {
    private final LongProperty id = new SimpleLongProperty();
    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>(RecipientKind.PERSON);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty gesture = new SimpleStringProperty("");
    private final ObjectProperty<RecipientState> state = new SimpleObjectProperty<>(RecipientState.TO_PRINT);
    private final StringBinding problem;
    private Instant printedAt;

    RecipientFormModel() {
        problem = Bindings.createStringBinding(() -> problem().map(I18n::tr).orElse(""), name, reason, date);
    }

    /** Empties the form for a new recipient presented on that day. */
    void clear(LocalDate defaultDate) {
        id.set(0);
        kind.set(RecipientKind.PERSON);
        name.set("");
        reason.set("");
        date.set(defaultDate);
        gesture.set("");
        state.set(RecipientState.TO_PRINT);
        printedAt = null;
    }

    void show(Recipient r) {
        id.set(r.id());
        kind.set(r.kind());
        name.set(r.name());
        reason.set(r.reason());
        date.set(r.date());
        gesture.set(r.gesture());
        state.set(r.state());
        printedAt = r.printedAt();
    }

    Optional<String> problem() {
        Optional<String> p = RecipientRules.name(MappedRow.oneLine(text(name)));
        if (p.isEmpty()) {
            p = RecipientRules.reason(text(reason));
        }
        if (p.isEmpty() && date.get() == null) {
            p = Optional.of("recipients.problem.date");
        }
        return p;
    }

    /** The recipient the form describes; a name is one line, the reason keeps its line breaks. */
    Recipient recipient() {
        RecipientState s = state.get() == null ? RecipientState.TO_PRINT : state.get();
        return new Recipient(id.get(), kind.get() == null ? RecipientKind.PERSON : kind.get(),
                MappedRow.oneLine(text(name)), text(reason).strip(), date.get(), text(gesture).strip(), s,
                s == RecipientState.TO_PRINT ? null : printedAt);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public LongProperty id() {
        return id;
    }

    public ObjectProperty<RecipientKind> kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty gesture() {
        return gesture;
    }

    public ObjectProperty<RecipientState> state() {
        return state;
    }

    /** The first problem in words, or empty text. */
    public StringBinding problemText() {
        return problem;
    }
}
