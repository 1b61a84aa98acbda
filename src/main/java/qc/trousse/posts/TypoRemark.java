package qc.trousse.posts;

/**
 * One typography fault: the characters [start, end) of the text (UTF-16 indices) should read replacement.
 * position is 1-based and counts characters as a person does (code points), for messages.
 */
public record TypoRemark(TypoRule rule, int start, int end, String replacement, int position) {
    private static final int CONTEXT = 18;

    /** The words the fault is in, as written: what a person looks for in the text. */
    public String before(String text) {
        return text.substring(from(text), to(text));
    }

    /** The same words once fixed. */
    public String after(String text) {
        return text.substring(from(text), start) + replacement + text.substring(end, to(text));
    }

    private int from(String text) {
        int i = start;
        while (i > 0 && start - i < CONTEXT && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == start && i > 0 && blank(text)) {
            i--;
            while (i > 0 && start - i < CONTEXT && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** A fault that is only spaces (or a missing one) shows the words on both sides of it. */
    private boolean blank(String text) {
        return text.substring(start, end).isBlank();
    }

    private int to(String text) {
        int i = end;
        while (i < text.length() && i - end < CONTEXT && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == end && i < text.length() && blank(text)) {
            i++;
            while (i < text.length() && i - end < CONTEXT && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
