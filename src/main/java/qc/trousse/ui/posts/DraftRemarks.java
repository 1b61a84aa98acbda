package qc.trousse.ui.posts;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.OfficeNetworks;
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

    static List<String> of(Draft draft, String hashtag, OfficeNetworks office) {
        List<String> remarks = new ArrayList<>();
        add(remarks, draft, draft.french(), true, hashtag, draft.bilingual() ? "FR · " : "", office);
        if (draft.bilingual()) {
            add(remarks, draft, draft.english(), false, hashtag, "EN · ", office);
        }
        return remarks;
    }

    private static void add(List<String> remarks, Draft draft, String text, boolean french, String hashtag,
                            String prefix, OfficeNetworks office) {
        PostCheck c = PostCheck.of(text, hashtag, french, office, draft.day());
        if (!c.hasHashtag()) {
            remarks.add(prefix + I18n.tr("posts.warning.hashtag", hashtag));
        }
        if (!c.placeholders().isEmpty()) {
            remarks.add(prefix + I18n.tr("posts.warning.placeholders",
                    String.join(", ", c.placeholders().stream().map(p -> "{" + p + "}").toList())));
        }
        for (PostLength l : c.lengths().stream().filter(l -> l.network() == draft.network()).toList()) {
            if (l.tooManyHashtags()) {
                remarks.add(prefix + I18n.tr("posts.warning.hashtags", l.hashtags(), l.hashtagLimit()));
            }
            if (l.tooManyLinks()) {
                remarks.add(prefix + I18n.tr("posts.why.links", l.links(), l.linkLimit()));
            }
            if (l.tooManyBytes()) {
                remarks.add(prefix + I18n.tr("posts.why.bytes", l.bytes(), l.byteLimit()));
            }
        }
        c.typography().forEach(r -> remarks.add(prefix + I18n.tr("posts.cli.remark", r.position(),
                I18n.tr(r.rule().key()))));
    }
}
