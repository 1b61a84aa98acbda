package qc.trousse.report;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.Lang;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostState;
import qc.trousse.session.Session;

import java.time.LocalTime;
import java.util.Comparator;

/** Where the report finds the week's published posts and given certificates. */
public record ReportSources(PublishedPosts posts, GivenCertificates certificates) {
    public static final ReportSources EMPTY = new ReportSources(PublishedPosts.NONE, GivenCertificates.NONE);

    /** The sources of an open file: the drafts marked published, the certificates printed or presented. */
    public static ReportSources of(Session session) {
        PublishedPosts posts = lang -> session.posts().drafts().stream()
                .filter(d -> d.state() == PostState.PUBLISHED)
                .sorted(Comparator.comparing(Draft::day)
                        .thenComparing(d -> d.time() == null ? LocalTime.MAX : d.time()))
                .map(d -> new WeekSummary.PostPublished(d.network().label(), d.day(), d.time(),
                        lang == Lang.EN && d.bilingual() && !d.english().isBlank() ? d.english() : d.french()))
                .toList();
        GivenCertificates certificates = () -> session.recipients().all().stream()
                .filter(r -> r.state() != RecipientState.TO_PRINT)
                .sorted(Comparator.comparing(Recipient::date).thenComparing(Recipient::name))
                .map(r -> new WeekSummary.CertificateGiven(r.name(), r.reason(), r.date()))
                .toList();
        return new ReportSources(posts, certificates);
    }
}
