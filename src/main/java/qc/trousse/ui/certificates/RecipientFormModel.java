package qc.trousse.ui.certificates;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
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
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The form of one recipient: its fields, what is wrong with them, and the recipient they make. For a recipient
 * being edited each field's change is handed on as a change of that one field, saved at once; a new one is made
 * whole by "Ajouter".
 */
public final class RecipientFormModel {
    /** Where a field's change goes: the field's name, whether it is typed text, and the change of the recipient. */
    @FunctionalInterface
    interface Changes {
        void changed(String field, boolean typing, UnaryOperator<Recipient> change);
    }

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
        printedAt = r.printedAt();
        kind.set(r.kind());
        // A field that already says the same (spaces and line breaks aside) keeps what is being typed in it.
        if (!MappedRow.oneLine(text(name)).equals(r.name())) {
            name.set(r.name());
        }
        if (!text(reason).strip().equals(r.reason())) {
            reason.set(r.reason());
        }
        date.set(r.date());
        if (!text(gesture).strip().equals(r.gesture())) {
            gesture.set(r.gesture());
        }
        state.set(r.state());
    }

    /**
     * Hands each field's change on as a change of the recipient, its text trimmed as the recipient keeps it: text
     * that means what the recipient already says is no change, so showing a recipient never writes it.
     */
    void onChange(Changes changes) {
        on(changes, kind, "kind", false, (r, v) -> v == null ? r : r.withKind(v));
        on(changes, name, "name", true, (r, v) -> r.withName(MappedRow.oneLine(v == null ? "" : v)));
        on(changes, reason, "reason", true, (r, v) -> r.withReason(v == null ? "" : v.strip()));
        on(changes, date, "date", false, (r, v) -> v == null ? r : r.withDate(v));
        on(changes, gesture, "gesture", true, (r, v) -> r.withGesture(v == null ? "" : v.strip()));
        // Back to "to print" forgets when it was printed, as the form's recipient does.
        on(changes, state, "state", false, (r, v) -> v == null || v == r.state() ? r
                : new Recipient(r.id(), r.kind(), r.name(), r.reason(), r.date(), r.gesture(), v,
                v == RecipientState.TO_PRINT ? null : r.printedAt()));
    }

    private static <T> void on(Changes changes, Property<T> field, String fieldName, boolean typing,
                               BiFunction<Recipient, T, Recipient> set) {
        field.addListener((o, was, now) -> changes.changed(fieldName, typing, r -> set.apply(r, now)));
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
