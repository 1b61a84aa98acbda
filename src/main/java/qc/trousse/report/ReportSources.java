package qc.trousse.report;

import qc.trousse.session.Session;

/**
 * The parts of the report that come from features outside the week plan and the cocktail. The window and
 * the headless command both ask {@link #of(Session)}, so plugging a feature in is one line here.
 */
public record ReportSources(PublishedPosts posts, GivenCertificates certificates) {
    public static final ReportSources EMPTY = new ReportSources(PublishedPosts.NONE, GivenCertificates.NONE);

    /** The sources of an open file. Posts and certificates join here once their services are in the session. */
    public static ReportSources of(Session session) {
        return EMPTY;
    }
}
