package qc.trousse.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or an organisation honoured with a certificate of recognition.
 *
 * @param id        0 until it is saved in the file
 * @param gesture   the linked gesture's id, or empty text
 * @param printedAt when its certificate was last printed, or null
 */
public record Recipient(long id, RecipientKind kind, String name, String reason, LocalDate date, String gesture,
                        RecipientState state, Instant printedAt) {
    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
        gesture = gesture == null ? "" : gesture;
    }

    /** A new recipient, to print. */
    public static Recipient of(RecipientKind kind, String name, String reason, LocalDate date) {
        return new Recipient(0, kind, name, reason, date, "", RecipientState.TO_PRINT, null);
    }

    public Optional<Instant> printed() {
        return Optional.ofNullable(printedAt);
    }

    public Recipient withId(long newId) {
        return new Recipient(newId, kind, name, reason, date, gesture, state, printedAt);
    }

    public Recipient withKind(RecipientKind newKind) {
        return new Recipient(id, newKind, name, reason, date, gesture, state, printedAt);
    }

    public Recipient withName(String newName) {
        return new Recipient(id, kind, newName, reason, date, gesture, state, printedAt);
    }

    public Recipient withReason(String newReason) {
        return new Recipient(id, kind, name, newReason, date, gesture, state, printedAt);
    }

    public Recipient withDate(LocalDate newDate) {
        return new Recipient(id, kind, name, reason, newDate, gesture, state, printedAt);
    }

    public Recipient withGesture(String newGesture) {
        return new Recipient(id, kind, name, reason, date, newGesture, state, printedAt);
    }

    public Recipient withState(RecipientState newState) {
        return new Recipient(id, kind, name, reason, date, gesture, newState, printedAt);
    }

    public Recipient printedOn(Instant when) {
        return new Recipient(id, kind, name, reason, date, gesture, RecipientState.PRINTED, when);
    }

    /** This recipient's text with the other's printing state: an undone text edit keeps a later print. */
    public Recipient withPrintingOf(Recipient other) {
        return new Recipient(id, kind, name, reason, date, gesture, other.state, other.printedAt);
    }
}
