package qc.trousse.session;

import qc.trousse.store.ChangeFeed;

import java.util.List;
import java.util.function.Consumer;

/**
 * Which services read again when a colleague writes which tables: the one place a table of the store is tied to
 * what the screens show. A screen follows its service already (its view-model listens to it and brings its lists
 * to the new rows one by one, ui.FreshList), so it needs nothing of its own. After the feed was away
 * ({@link ChangeFeed#EVERYTHING}) every service reads again once.
 */
final class LiveReloads {
    private record Route(List<String> tables, Consumer<Session> reload) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(List.of("recipient"), s -> s.recipients().reload()),
            new Route(List.of("cocktail_guest", "cocktail_arrival"), s -> s.guests().reload()),
            // The networks chosen and the simulated "today" are settings, read by the posts and the week plan.
            new Route(List.of("post_draft", "post_template", "setting"), s -> s.posts().reload()),
            new Route(List.of("gesture_plan", "gesture_item", "gesture_custom", "setting"),
                    s -> s.gestures().reload()),
            new Route(List.of("cocktail_event", "cocktail_vehicle"), s -> s.cocktail().reload()),
            new Route(List.of("office_profile", "staff", "office_image"), s -> s.office().reload()),
            new Route(List.of("certificate_background", "certificate_field"),
                    s -> s.certificateDesign().reload()));

    private LiveReloads() {
    }

    /** Reads again, in the session, the services of these tables (the kept edits sent, ADR 0020). */
    static void reload(Session session, java.util.Set<String> tables) {
        apply(session, new LiveChanges.News(tables, "", java.time.Instant.now()));
    }

    /** Reads again, in the session, what the news says was written. */
    static void apply(Session session, LiveChanges.News news) {
        for (Route route : ROUTES) {
            if (news.touches(ChangeFeed.EVERYTHING) || news.touches(route.tables().toArray(String[]::new))) {
                route.reload().accept(session);
            }
        }
    }
}
