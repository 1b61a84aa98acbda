package qc.trousse.ui.posts;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostCheck;
import qc.trousse.posts.PostLength;
import qc.trousse.posts.TypoRemark;

import java.util.ArrayList;
import java.util.List;

/**
 * What to tell the writer about a draft, version by version: the missing campaign hashtag, placeholders
 * still to fill, too many hashtags for the network, and each typography remark with the words it is in, as
 * written and as fixed.
 */
final class DraftRemarks {
    private DraftRemarks() {
    }

    static List<DraftRemark> of(Draft draft, String hashtag, OfficeNetworks office) {
        List<DraftRemark> remarks = new ArrayList<>();
        add(remarks, draft, draft.french(), true, hashtag, draft.bilingual() ? "FR · " : "", office);
        if (draft.bilingual()) {
            add(remarks, draft, draft.english(), false, hashtag, "EN · ", office);
        }
        return remarks;
    }

    private static void add(List<DraftRemark> remarks, Draft draft, String text, boolean french, String hashtag,
                            String prefix, OfficeNetworks office) {
        PostCheck c = PostCheck.of(text, hashtag, french, office, draft.day());
        if (!c.hasHashtag()) {
            remarks.add(DraftRemark.general(prefix + I18n.tr("posts.warning.hashtag", hashtag)));
        }
        if (!c.placeholders().isEmpty()) {
            remarks.add(DraftRemark.general(prefix + I18n.tr("posts.warning.placeholders",
                    String.join(", ", c.placeholders().stream().map(p -> "{" + p + "}").toList()))));
        }
        for (PostLength l : c.lengths().stream().filter(l -> l.network() == draft.network()).toList()) {
            if (l.tooManyHashtags()) {
                remarks.add(DraftRemark.general(prefix + I18n.count("posts.warning.hashtags", l.hashtags(),
                        l.hashtagLimit(), l.network().label())));
            }
            if (l.tooManyLinks()) {
                remarks.add(DraftRemark.general(prefix + I18n.count("posts.why.links", l.links(), l.linkLimit())));
            }
            if (l.tooManyBytes()) {
                remarks.add(DraftRemark.general(prefix + I18n.count("posts.why.bytes", l.bytes(), l.byteLimit())));
            }
        }
        for (TypoRemark r : c.typography()) {
            String message = prefix + I18n.tr("posts.remark.typo", visible(r.before(text)), visible(r.after(text)),
                    I18n.tr(r.rule().key()));
            remarks.add(new DraftRemark(message, french, r.start(), r.end()));
        }
    }

    /** Line breaks would break the remark's line; a no-break space reads as a space. */
    private static String visible(String words) {
        return words.replace('\n', ' ');
    }
}
