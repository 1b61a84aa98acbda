package qc.trousse.ui.home;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;

/** Accueil: the campaign, its week, and the office it is for. */
public final class HomeView extends VBox implements ScreenLifecycle {
    private final HomeViewModel model;
    private final VBox dashboard = new VBox(8);
    private final Runnable planChanged = this::planChanged;

    private final Runnable editionWeek;

    /** @param editionWeek opens Semaine de l'édition… (the week shown here may be changed, or confirmed) */
    public HomeView(HomeViewModel model, Runnable editionWeek) {
        super(14);
        this.model = model;
        this.editionWeek = editionWeek;
        setId("home-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        dashboard.setId("home-dashboard");
        dashboard.getStyleClass().add("card");
        dashboard.setPadding(new Insets(16));
        model.onPlanChange(planChanged);
        fill();
    }

    /** The profile, the edition and the simulated today may have changed on other screens: read them again. */
    @Override
    public void shown() {
        fill();
    }

    @Override
    public void disposed() {
        model.stopFollowing(planChanged);
    }

    private void planChanged() {
        fillDashboard(model, dashboard);
    }

    private void fill() {
        Label edition = styled(new Label(model.edition()), "title-1");
        Label slogan = styled(new Label(model.slogan()), "slogan");
        slogan.setId("home-slogan");
        Label greeting = styled(new Label(model.greeting()), model.profileComplete() ? "text-muted" : "warning");
        greeting.setId("home-greeting");
        Label call = styled(new Label(model.call()), "title-4");
        Label countdown = styled(new Label(model.countdown()), "countdown");
        countdown.setId("home-countdown");
        Label next = styled(new Label(model.nextEdition()), "text-muted");
        next.setId("home-next-edition");
        next.setWrapText(true);
        next.setVisible(!model.nextEdition().isEmpty());
        next.setManaged(next.isVisible());

        FlowPane days = new FlowPane(8, 8);
        days.setId("home-days");
        for (String day : model.days()) {
            days.getChildren().add(styled(new Label(day), "day-chip"));
        }
        javafx.scene.control.Button week = new javafx.scene.control.Button(I18n.tr("edition.week.open"));
        week.setId("home-edition-week");
        week.setOnAction(e -> editionWeek.run());
        days.getChildren().add(week);

        VBox messages = new VBox(8);
        messages.getChildren().add(styled(new Label(model.keyMessagesHeading()), "title-3"));
        for (String message : model.keyMessages()) {
            Label text = styled(new Label("+  " + message), "key-message");
            text.setWrapText(true);
            messages.getChildren().add(text);
        }

        Label tag = styled(new Label(model.hashtagAndSite()), "hashtag");
        Label spokesperson = styled(new Label(model.spokesperson()), "text-muted");
        fillDashboard(model, dashboard);
        getChildren().setAll(edition, slogan, greeting, call, days, countdown, next, dashboard, tag, spokesperson,
                messages);
    }

    /** What is chosen, planned and done, what is late or due on the real (or simulated) day, what comes next. */
    private static void fillDashboard(HomeViewModel model, VBox box) {
        Label heading = styled(new Label(I18n.tr("gestures.home.heading")), "title-3");
        ComboBox<LocalDate> today = new ComboBox<>();
        today.setId("home-today");
        today.getItems().setAll(model.todayChoices());
        today.setValue(model.today());
        today.setConverter(ShownAs.text(d -> model.dayLabel(d)));
        today.valueProperty().addListener((o, a, b) -> model.setToday(b));
        HBox todayRow = new HBox(8, new Label(I18n.tr("gestures.home.today")), today);
        todayRow.setAlignment(Pos.CENTER_LEFT);
        Label counts = styled(new Label(model.counts()), "title-4");
        counts.setId("home-counts");
        Label overdue = styled(new Label(model.overdue()), model.hasOverdue() ? "warning" : "text-muted");
        overdue.setId("home-overdue");
        Label dueToday = styled(new Label(model.dueToday()), "text-bold");
        dueToday.setId("home-due-today");
        VBox next = new VBox(4);
        next.setId("home-next");
        next.getChildren().add(styled(new Label(I18n.tr("gestures.home.next")), "text-bold"));
        for (String thing : model.nextThings()) {
            next.getChildren().add(styled(new Label("•  " + thing), "next-thing"));
        }
        if (model.nextThings().isEmpty()) {
            next.getChildren().add(styled(new Label(I18n.tr("gestures.home.nothing")), "text-muted"));
        }
        box.getChildren().setAll(heading, todayRow, counts, overdue, dueToday, next);
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
