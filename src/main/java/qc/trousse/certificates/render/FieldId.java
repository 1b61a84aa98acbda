package qc.trousse.certificates.render;

/** The fields a certificate layout places on the page. */
public enum FieldId {
    TITLE, PRESENTED_TO, NAME, REASON, RIDING, DATE, MNA_NAME, MNA_TITLE, SIGNATURE, LOGO, SLOGAN, HASHTAG;

    public boolean isImage() {
        return this == SIGNATURE || this == LOGO;
    }

    /** How far a field shrinks on one line before it wraps: names shrink a lot, sentences wrap early. */
    float shrinkBeforeWrap() {
        return switch (this) {
            case NAME -> 0.55f;
            case REASON, SLOGAN, TITLE -> 0.9f;
            default -> 0.6f;
        };
    }

    /** How many lines the field may wrap to before it shrinks below its minimum size. */
    int maxLines() {
        return switch (this) {
            case NAME, TITLE -> 2;
            case REASON, SLOGAN -> 3;
            default -> 1;
        };
    }
}
