package qc.trousse.report;

import qc.trousse.i18n.Lang;

import java.util.List;

/**
 * Where the report finds the posts marked published. The posts feature gives an adapter over its drafts;
 * until then the report says plainly that none were published.
 */
@FunctionalInterface
public interface PublishedPosts {
    PublishedPosts NONE = lang -> List.of();

    /** The published posts, by day then time, with the text in the report's language when there are two. */
    List<WeekSummary.PostPublished> published(Lang lang);
}
