package qc.trousse.ui;

import javafx.application.Platform;
import qc.trousse.i18n.I18n;
import qc.trousse.session.LiveChanges;
import qc.trousse.session.Session;

import java.time.ZoneId;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The window's side of a colleague's changes: follows the open session while it is on the office's server (the
 * screens reload through their services), and says in the status bar who changed what and when.
 */
final class LiveWindow implements AutoCloseable {
    private final MainViewModel model;
    private Optional<LiveChanges> live = Optional.empty();

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
        live = session == null ? Optional.empty() : LiveChanges.follow(session, Platform::runLater);
        live.ifPresent(l -> l.addListener(news -> model.status().set(said(news))));
    }

    /** « Sophie a modifié les récipiendaires à 14 h 05 » (the one date style, ADR 0022). */
    static String said(LiveChanges.News news) {
        String who = news.member().isBlank() ? I18n.tr("live.someone") : news.member();
        String what = news.touches("recipient") ? "live.what.recipients"
                : news.touches("cocktail_guest", "cocktail_arrival") ? "live.what.guests"
                : news.touches("post_draft", "post_template") ? "live.what.posts" : "live.what.other";
        return I18n.tr("live.changed", who, I18n.tr(what), qc.trousse.i18n.DateStyle.time(
                LocalTime.ofInstant(news.at(), ZoneId.systemDefault())));
    }

    @Override
    public void close() {
        live.ifPresent(LiveChanges::close);
        live = Optional.empty();
    }
}
