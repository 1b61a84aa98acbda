package qc.trousse.ui;

import org.kordamp.ikonli.feather.Feather;
import qc.trousse.certificates.Recipient;
import qc.trousse.cocktail.Guest;
import qc.trousse.posts.Draft;
import qc.trousse.session.Session;
import qc.trousse.store.ChangeLog;
import qc.trousse.ui.report.StaffActivityPane;
import qc.trousse.ui.gestures.GesturesScreen;
import qc.trousse.ui.checkin.BadgeOnTheSpot;
import qc.trousse.ui.checkin.CheckInView;
import qc.trousse.ui.checkin.CheckInViewModel;
import qc.trousse.ui.cocktail.CocktailView;
import qc.trousse.ui.cocktail.CocktailViewModel;
import qc.trousse.ui.certificates.RecipientsScreen;
import qc.trousse.ui.home.HomeView;
import qc.trousse.ui.home.HomeViewModel;
import qc.trousse.ui.office.ProfileView;
import qc.trousse.ui.office.ProfileViewModel;
import qc.trousse.ui.posts.PostsView;
import qc.trousse.ui.posts.PostsViewModel;
import qc.trousse.ui.certificates.DesignView;
import qc.trousse.ui.certificates.DesignViewModel;
import qc.trousse.ui.onsite.OnsiteView;
import qc.trousse.ui.onsite.OnsiteViewModel;
import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.ui.report.ReportView;
import qc.trousse.ui.report.ReportViewModel;
import qc.trousse.ui.task.BackgroundExecutor;

import java.time.Clock;
import java.util.List;

/** The features that exist, in sidebar order. Each feature adds its screen here and nowhere else. */
public final class Screens {
    public static final String HOME = "home";
    public static final String PROFILE = "profile";
    public static final String GESTURES = "gestures";
    public static final String COCKTAIL = "cocktail";
    public static final String POSTS = "posts";
    public static final String RECIPIENTS = "recipients";
    public static final String ONSITE = "onsite";
    public static final String CHECK_IN = "checkin";
    public static final String CERTIFICATE_DESIGN = "certificate-design";
    public static final String REPORT = "report";

    private Screens() {
    }

    /** A draft named by the start of its French text, for its history's title. */
    private static String opening(Draft draft) {
        String text = draft.french().strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public static List<Screen> of(Session session, DialogService dialogs, BackgroundExecutor executor, Clock clock,
                                  Navigation navigation) {
        ChangeLog log = new ChangeLog(session.file());
        return List.of(
                new Screen(HOME, "nav.home", Feather.HOME,
                        () -> new HomeView(new HomeViewModel(session.campaign(), session.office(), session.gestures(),
                                clock), navigation::editionWeek)),
                new Screen(PROFILE, "nav.profile", Feather.USER,
                        () -> new ProfileView(new ProfileViewModel(session.office(), dialogs))),
                new Screen(GESTURES, "gestures.nav", Feather.CALENDAR, () -> GesturesScreen.view(session, dialogs)),
                new Screen(COCKTAIL, "cocktail.nav", Feather.USERS, () -> ItemHistory.offer(new CocktailView(
                        new CocktailViewModel(session, dialogs, executor), session.campaign().cocktailDate()),
                        "cocktail-guests", log, "cocktail_guest", Guest::id, Guest::name)),
                new Screen(CHECK_IN, "checkin.nav", Feather.USER_CHECK, () -> new CheckInView(new CheckInViewModel(
                        session, dialogs, clock, BadgeOnTheSpot.onOfficePrinter(executor)))),
                new Screen(POSTS, "nav.posts", Feather.MESSAGE_SQUARE, () -> ItemHistory.offer(new PostsView(
                        new PostsViewModel(session.posts(), session.history(), dialogs, clock)), "posts-list", log,
                        "post_draft", Draft::id, Screens::opening)),
                new Screen(RECIPIENTS, "nav.recipients", Feather.AWARD,
                        () -> ItemHistory.offer(RecipientsScreen.view(session, new CertificatePrinter(), dialogs,
                                executor, clock, () -> navigation.show(PROFILE)), "recipients-table", log,
                                "recipient", Recipient::id, Recipient::name)),
                new Screen(ONSITE, "nav.onsite", Feather.PRINTER, () -> new OnsiteView(
                        new OnsiteViewModel(session, new CertificatePrinter(), dialogs, executor, clock))),
                new Screen(CERTIFICATE_DESIGN, "nav.certificateDesign", Feather.LAYOUT,
                        () -> new DesignView(new DesignViewModel(session, dialogs, executor, clock))),
                new Screen(REPORT, "report.nav", Feather.FILE_TEXT,
                        () -> {
                            // The activity goes inside the report's own view, which the window tells when shown.
                            ReportView report = new ReportView(new ReportViewModel(session, dialogs, executor));
                            report.getChildren().add(StaffActivityPane.of(log));
                            return report;
                        }));
    }
}
