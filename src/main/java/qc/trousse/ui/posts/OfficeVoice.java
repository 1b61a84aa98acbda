package qc.trousse.ui.posts;

import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeProfile;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostService;

import java.util.ArrayList;
import java.util.List;

/** Who speaks in a post: the office's name, its account on each network, what may be inserted in the text. */
final class OfficeVoice {
    private final PostService posts;

    OfficeVoice(PostService posts) {
        this.posts = posts;
    }

    /** The campaign hashtag, the spokesperson and the office's handles on the networks it uses. */
    List<String> insertables() {
        List<String> list = new ArrayList<>(List.of(posts.campaign().hashtag(), posts.campaign().spokesperson()));
        var h = posts.office().profile().handles();
        for (String handle : posts.networks().used().stream().map(n -> n.handle(h)).toList()) {
            if (!handle.isBlank() && !list.contains(handle)) {
                list.add(handle);
            }
        }
        return list;
    }

    String officeName() {
        OfficeProfile p = posts.office().profile();
        return p.mnaName().isBlank() ? I18n.tr("posts.preview.office") : p.mnaName();
    }

    /** The office's handle on the network, or its name when it has none there. */
    String handle(Network network) {
        String handle = network == null ? "" : network.handle(posts.office().profile().handles());
        return handle.isBlank() ? officeName() : handle;
    }
}
