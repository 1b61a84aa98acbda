package qc.trousse.posts;

/** Where a draft stands: written, waiting for the MNA, approved, then published. */
public enum PostState {
    DRAFT, TO_APPROVE, APPROVED, PUBLISHED;

    /** The message key of its name ("posts.state.DRAFT"). */
    public String key() {
        return "posts.state." + name();
    }
}
