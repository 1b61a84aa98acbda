package qc.trousse.ui.posts;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PlannedItem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The posting calendar: Monday 17 to Friday 21, each day's planned gestures at the top, then its posts by
 * time; a click on a post selects it. A post made for a planned gesture sits on that gesture's day.
 */
final class WeekCalendar extends HBox {
    private final PostsViewModel model;
    private final Consumer<Draft> onPick;

    WeekCalendar(PostsViewModel model, Consumer<Draft> onPick) {
        super(8);
        this.model = model;
        this.onPick = onPick;
        setId("posts-calendar");
        model.plan().revision().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        for (LocalDate day : model.days()) {
            VBox column = new VBox(6);
            column.setId("calendar-" + day);
            column.getStyleClass().add("day-column");
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            // Equal columns: a long post does not squeeze its neighbours.
            column.setPrefWidth(150);
            Label title = new Label(day.format(format));
            title.getStyleClass().add("day-title");
            // A long weekday name ("Wednesday, February 19") goes on two lines rather than losing its end.
            title.setWrapText(true);
            column.getChildren().add(title);
            for (PlannedItem g : model.plan().plannedOn(day)) {
                column.getChildren().add(gesture(day, g));
            }
            for (Draft d : model.draftsOn(day)) {
                column.getChildren().add(post(d));
            }
            if (model.draftsOn(day).isEmpty()) {
                Label none = new Label(I18n.tr("posts.calendar.none"));
                none.getStyleClass().add("text-muted");
                column.getChildren().add(none);
            }
            getChildren().add(column);
        }
    }

    /** A planned gesture of the day: its times and title, set apart from the posts. */
    private static Label gesture(LocalDate day, PlannedItem g) {
        Label label = new Label(I18n.tr("posts.calendar.planned", g.start(), g.end(), g.title()),
                new FontIcon(Feather.FLAG));
        label.setId("calendar-gesture-" + day + "-" + g.gestureId().replace(':', '-'));
        label.getStyleClass().add("calendar-gesture");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label post(Draft d) {
        String first = d.french().length() > 60 ? d.french().substring(0, 60) + "…" : d.french();
        String gesture = d.gestureId().isBlank() ? "" : "\n✚ " + model.templateTitle(d);
        Label post = new Label(d.time() + " · " + d.network().label() + " · " + I18n.tr(d.state().key())
                + gesture + "\n" + first);
        post.setWrapText(true);
        post.setMaxWidth(Double.MAX_VALUE);
        post.getStyleClass().addAll("calendar-post", "state-" + d.state().name());
        post.setOnMouseClicked(e -> onPick.accept(d));
        model.plan().movedGesture(d).ifPresent(day -> {
            post.setText(post.getText() + "\n" + I18n.tr("posts.calendar.elsewhere", PostsFormats.dayNames().toString(day)));
            post.getStyleClass().add("calendar-elsewhere");
        });
        return post;
    }
}
