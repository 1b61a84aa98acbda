package qc.trousse.campaign;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The post templates and the suggested week of posts of a campaign file. */
final class PostSection {
    private static final Set<String> KINDS = Set.of("message", "gesture", "custom");

    private PostSection() {
    }

    static CampaignPosts read(CampaignReader r, int days) {
        List<CampaignPosts.Text> texts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i <= r.number("post.count"); i++) {
            String key = "post." + i;
            String id = r.text(key + ".id");
            String kind = r.text(key + ".kind");
            if (!ids.add(id)) {
                r.fault(key + ".id", "campaign.fault.repeatedId", id);
            }
            if (!kind.isEmpty() && !KINDS.contains(kind)) {
                r.fault(key + ".kind", "campaign.fault.kind", kind);
            }
            texts.add(new CampaignPosts.Text(id, kind, r.optional(key + ".gesture"), r.localized(key + ".title"),
                    r.localized(key)));
        }
        List<CampaignPosts.Slot> week = new ArrayList<>();
        for (int i = 1; i <= r.number("post.week.count"); i++) {
            String key = "post.week." + i;
            String[] f = r.text(key).split(";");
            if (f.length != 4 || !ids.contains(f[0].strip()) || !known(f[3]) || !f[1].strip().matches("\\d")
                    || Integer.parseInt(f[1].strip()) < 1 || Integer.parseInt(f[1].strip()) > days) {
                r.fault(key, "campaign.fault.slot", r.optional(key));
                continue;
            }
            week.add(new CampaignPosts.Slot(f[0].strip(), Integer.parseInt(f[1].strip()),
                    r.time(key, f[2].strip(), LocalTime.NOON), f[3].strip()));
        }
        return new CampaignPosts(texts, week, networks(r));
    }

    /** The optional `networks` key: the networks the edition posts on, separated by spaces. */
    private static List<String> networks(CampaignReader r) {
        List<String> names = new ArrayList<>();
        for (String name : r.optional("networks").strip().split("[\\s,]+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!known(name)) {
                r.fault("networks", "campaign.fault.network", name);
            } else if (!names.contains(name.toUpperCase(Locale.ROOT))) {
                names.add(name.toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static boolean known(String name) {
        return CampaignPosts.KNOWN_NETWORKS.contains(name.strip().toUpperCase(Locale.ROOT));
    }
}
