package qc.trousse.posts;

import java.time.LocalDateTime;

/**
 * The way a draft goes brouillon → à approuver → approuvé → publié: too long a post is never approved, only an
 * approved post is published, an approval names who gave it, and changing what a post says takes its approval back.
 */
final class PostWorkflow {
    private PostWorkflow() {
    }

    /** The draft moved to {@code state}, or the rule it breaks. */
    static Draft moved(Draft d, PostState state, String who, LocalDateTime at, OfficeNetworks networks) {
        if ((state == PostState.APPROVED || state == PostState.PUBLISHED) && !networks.fits(d)) {
            throw new PostRuleException("posts.error.tooLong");
        }
        if (state == PostState.PUBLISHED && d.state() != PostState.APPROVED && d.state() != PostState.PUBLISHED) {
            throw new PostRuleException("posts.error.notApproved");
        }
        if (state == PostState.APPROVED && (who == null || who.isBlank())) {
            throw new PostRuleException("posts.error.approverMissing");
        }
        boolean keepsApproval = state == PostState.APPROVED || state == PostState.PUBLISHED;
        return keepsApproval
                ? d.withState(state, state == PostState.APPROVED ? who.strip() : d.approvedBy(),
                state == PostState.APPROVED ? at : d.approvedAt())
                : d.withState(state, "", null);
    }

    /** The draft as it is once its words changed: an approval given to other words no longer holds. */
    static Draft unapproved(Draft d) {
        return d.state() == PostState.APPROVED || d.state() == PostState.PUBLISHED
                ? d.withState(PostState.TO_APPROVE, "", null) : d;
    }
}
