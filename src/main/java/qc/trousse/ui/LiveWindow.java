package qc.trousse.ui;

import javafx.application.Platform;
import qc.trousse.i18n.I18n;
import qc.trousse.session.LiveChanges;
import qc.trousse.session.Session;
import qc.trousse.store.ChangeFeed;
import qc.trousse.store.KeptEditsSent;
import qc.trousse.store.ServerStore;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The window's side of a colleague's changes: follows the open session while it is on the office's server (the
 * screens reload through their services), and says in the status bar who changed what and when.
 */
final class LiveWindow implements AutoCloseable {
    /** What the status bar names, by the tables written; the first that matches. */
    private static final Map<String, String[]> WHAT = whatByTables();
    private final MainViewModel model;
    private Optional<LiveChanges> live = Optional.empty();
    private Session followed;

    private LiveWindow(MainViewModel model) {
        this.model = model;
    }

    /** Follows the window's session, and each session it switches to. */
    static LiveWindow attach(MainViewModel model) {
        LiveWindow window = new LiveWindow(model);
        window.follow(model.session().get());
        model.session().addListener((o, a, b) -> window.follow(b));
        return window;
    }

    private void follow(Session session) {
        close();
        followed = session;
        live = session == null ? Optional.empty() : LiveChanges.follow(session, Platform::runLater);
        live.ifPresent(l -> l.addListener(news -> said(news).ifPresent(model.status()::set)));
        if (session != null && session.file() instanceof ServerStore server) {
            server.onKeptEditsSent(sent -> Platform.runLater(() -> keptEditsSent(session, sent)));
        }
    }

    /**
     * The edits kept while the server was away were sent (ADR 0020): the services of their tables are read again
     * (the sent rows' versions, or the colleague's row where a kept edit was not taken) and the status bar says
     * what happened.
     */
    private void keptEditsSent(Session from, KeptEditsSent sent) {
        if (from != followed) {
            return; // a store left behind may still report
        }
        LiveChanges.reloadTables(from, sent.tables());
        said(sent).ifPresent(model.status()::set);
    }

    /** « 2 modifications gardées pendant la coupure ont été envoyées au serveur », or why some were not. */
    static Optional<String> said(KeptEditsSent sent) {
        if (sent.unsent() > 0) {
            return Optional.of(I18n.count("server.kept.unsent", sent.unsent()));
        }
        return sent.sent() > 0 ? Optional.of(I18n.count("server.kept.sent", sent.sent())) : Optional.empty();
    }

    /**
     * « Sophie a modifié les récipiendaires à 14 h 05 » (the one date style, ADR 0022); nothing when the feed only
     * came back after a gap in which nobody changed anything (the screens were read again all the same).
     */
    static Optional<String> said(LiveChanges.News news) {
        if (news.tables().stream().allMatch(ChangeFeed.EVERYTHING::equals)) {
            return Optional.empty();
        }
        String who = news.member().isBlank() ? I18n.tr("live.someone") : news.member();
        String what = WHAT.entrySet().stream().filter(e -> news.touches(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse("live.what.other");
        return Optional.of(I18n.tr("live.changed", who, I18n.tr(what),
                qc.trousse.i18n.DateStyle.time(LocalTime.ofInstant(news.at(), ZoneId.systemDefault()))));
    }

    private static Map<String, String[]> whatByTables() {
        Map<String, String[]> what = new LinkedHashMap<>();
        what.put("live.what.recipients", new String[]{"recipient"});
        what.put("live.what.guests", new String[]{"cocktail_guest", "cocktail_arrival"});
        what.put("live.what.posts", new String[]{"post_draft", "post_template"});
        what.put("live.what.plan", new String[]{"gesture_plan", "gesture_item", "gesture_custom"});
        what.put("live.what.cocktail", new String[]{"cocktail_event", "cocktail_vehicle"});
        what.put("live.what.profile", new String[]{"office_profile", "staff", "office_image"});
        what.put("live.what.design", new String[]{"certificate_background", "certificate_field"});
        return what;
    }

    @Override
    public void close() {
        live.ifPresent(LiveChanges::close);
        live = Optional.empty();
    }
}
