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
    DASH,
    /** Straight quotes "…" become guillemets « … » in French, curly quotes “…” in English. */
    STRAIGHT_QUOTES,
    /** Hours written 9 h 30 or 9 h, with no-break spaces, not 9h30. */
    TIME,
    /** A range of numbers takes a hyphen without spaces: 15-19. */
    RANGE;

    public String key() {
        return "posts.typo." + name();
    }
}
