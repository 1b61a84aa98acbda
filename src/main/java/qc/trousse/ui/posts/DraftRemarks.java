package qc.trousse.ui.posts;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostCheck;
import qc.trousse.posts.PostLength;

import java.util.ArrayList;
import java.util.List;

/**
 * What to tell the writer about a draft, version by version: the missing campaign hashtag, placeholders
 * still to fill, too many hashtags for the network, and each typography remark with its position.
 */
final class DraftRemarks {
    private DraftRemarks() {
    }

    static List<String> of(Draft draft, String hashtag) {
        List<String> remarks = new ArrayList<>();
        add(remarks, draft, draft.french(), true, hashtag, draft.bilingual() ? "FR · " : "");
        if (draft.bilingual()) {
            add(remarks, draft, draft.english(), false, hashtag, "EN · ");
        }
        return remarks;
    }

    private static void add(List<String> remarks, Draft draft, String text, boolean french, String hashtag,
                            String prefix) {
        PostCheck c = PostCheck.of(text, hashtag, french);
        if (!c.hasHashtag()) {
            remarks.add(prefix + I18n.tr("posts.warning.hashtag", hashtag));
        }
        if (!c.placeholders().isEmpty()) {
            remarks.add(prefix + I18n.tr("posts.warning.placeholders",
                    String.join(", ", c.placeholders().stream().map(p -> "{" + p + "}").toList())));
        }
        c.lengths().stream().filter(l -> l.network() == draft.network()).filter(PostLength::tooManyHashtags)
                .forEach(l -> remarks.add(prefix + I18n.tr("posts.warning.hashtags", l.hashtags(),
                        l.network().hashtagLimit())));
        c.typography().forEach(r -> remarks.add(prefix + I18n.tr("posts.cli.remark", r.position(),
                I18n.tr(r.rule().key()))));
    }
}
