package qc.trousse.posts;

/** The Québec-French typography rules the checker knows (OQLF, Québec practice). */
public enum TypoRule {
    /** A no-break space U+00A0 before the colon. */
    COLON_SPACE_BEFORE,
    /** A space after the colon. */
    COLON_SPACE_AFTER,
    /** A no-break space after «. */
    GUILLEMET_OPEN,
    /** A no-break space before ». */
    GUILLEMET_CLOSE,
    /** The typographic apostrophe ’ instead of '. */
    APOSTROPHE,
    /** No space before ; ! ? (a narrow no-break space is also accepted). */
    NO_SPACE_BEFORE,
    /** A spaced en dash – instead of a spaced hyphen. */
    DASH;

    public String key() {
        return "posts.typo." + name();
    }
}
