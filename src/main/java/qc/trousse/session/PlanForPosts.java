package qc.trousse.session;

import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.gestures.GestureService;
import qc.trousse.posts.Honoured;
import qc.trousse.posts.PlannedItem;
import qc.trousse.posts.PostService;

/**
 * Shows the posts the week plan and the recipients: a post about a planned gesture takes its day, the
 * calendar shows the day's gestures beside the posts, and the people and organisations honoured with a
 * certificate are offered for {personne} and {organisme}.
 */
final class PlanForPosts {
    private PlanForPosts() {
    }

    static void connect(GestureService gestures, RecipientService recipients, PostService posts) {
        posts.links().setPlan(day -> gestures.on(day).stream()
                .map(g -> new PlannedItem(g.gestureKey(), gestures.title(g), g.day(), g.start(), g.end()))
                .toList());
        posts.links().setHonoured(() -> recipients.all().stream()
                .map(r -> new Honoured(r.name(), r.kind() == RecipientKind.ORGANISATION, r.date()))
                .toList());
        gestures.addListener(posts::linksChanged);
        recipients.addListener(posts::linksChanged);
    }
}
