package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Overflow;
import qc.trousse.posts.PostLength;

/**
 * One network's line of `posts check`: "Bluesky	212/300	tient	graphèmes", then why it does not fit and
 * from where, the hashtags where the network caps them, and whether the office uses the network at all.
 */
final class PostsCheckLine {
    private PostsCheckLine() {
    }

    static String of(PostLength l, boolean used, String text) {
        StringBuilder line = new StringBuilder(l.network().label()).append('\t').append(l.length()).append('/')
                .append(l.limit()).append('\t').append(I18n.tr(l.fits() ? "posts.cli.fits" : "posts.cli.over"))
                .append('\t').append(I18n.tr(l.rules().countsKey()));
        if (l.refusalKey() != null) {
            line.append('\t').append(Overflow.refusal(l));
        }
        String over = Overflow.start(text, l);
        if (!over.isEmpty()) {
            line.append('\t').append(I18n.tr("posts.why.over", over));
        }
        if (l.hashtagLimit() > 0) {
            line.append('\t').append(I18n.count("posts.cli.hashtags", l.hashtags(), l.hashtagLimit()));
        }
        if (!used) {
            line.append('\t').append(I18n.tr("posts.cli.notUsed"));
        }
        return line.toString();
    }
}
