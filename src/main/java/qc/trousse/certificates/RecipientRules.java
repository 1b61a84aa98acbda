package qc.trousse.certificates;

import java.util.Optional;

/**
 * What makes a recipient printable. A name longer than {@link #NAME_MAX} cannot fit a certificate even on
 * two lines at the smallest readable size; a reason is "a line or two".
 */
public final class RecipientRules {
    public static final int NAME_MAX = 150;
    public static final int REASON_MAX = 400;
    public static final int GESTURE_MAX = 80;

    private RecipientRules() {
    }

    /** The message key of the problem with a name, or empty when it is fine. */
    public static Optional<String> name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("recipients.problem.nameMissing");
        }
        if (length(n) > NAME_MAX) {
            return Optional.of("recipients.problem.nameTooLong");
        }
        return Optional.empty();
    }

    public static Optional<String> reason(String reason) {
        return reason != null && length(reason.strip()) > REASON_MAX
                ? Optional.of("recipients.problem.reasonTooLong") : Optional.empty();
    }

    /** Characters as people count them: an accented letter or a syllabic is one, whatever its encoding. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
