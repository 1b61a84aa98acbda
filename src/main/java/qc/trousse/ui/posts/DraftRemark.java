package qc.trousse.ui.posts;

/**
 * One thing to tell the writer about a draft. A typography remark knows where it is in which version, so the
 * editor can show the passage; the others (missing hashtag, placeholders) have no place: start is -1.
 */
public record DraftRemark(String message, boolean french, int start, int end) {
    static DraftRemark general(String message) {
        return new DraftRemark(message, true, -1, -1);
    }

    public boolean hasPlace() {
        return start >= 0;
    }

    @Override
    public String toString() {
        return message;
    }
}
