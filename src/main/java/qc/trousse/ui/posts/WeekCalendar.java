package qc.trousse.ui.posts;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The posting calendar: Monday 17 to Friday 21, each day's posts by time; a click selects a post. */
final class WeekCalendar extends HBox {
    private final PostsViewModel model;
    private final Consumer<Draft> onPick;

    WeekCalendar(PostsViewModel model, Consumer<Draft> onPick) {
        super(8);
        this.model = model;
        this.onPick = onPick;
        setId("posts-calendar");
        model.drafts().addListener((javafx.collections.ListChangeListener<Draft>) c -> rebuild());
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
            Label title = new Label(day.format(format));
            title.getStyleClass().add("day-title");
            column.getChildren().add(title);
            for (Draft d : model.draftsOn(day)) {
                String first = d.french().length() > 60 ? d.french().substring(0, 60) + "…" : d.french();
                String gesture = d.gestureId().isBlank() ? "" : "\n✚ " + model.templateTitle(d);
                Label post = new Label(d.time() + " · " + d.network().label() + " · " + I18n.tr(d.state().key())
                        + gesture + "\n" + first);
                post.setWrapText(true);
                post.setMaxWidth(Double.MAX_VALUE);
                post.getStyleClass().addAll("calendar-post", "state-" + d.state().name());
                post.setOnMouseClicked(e -> onPick.accept(d));
                column.getChildren().add(post);
            }
            if (model.draftsOn(day).isEmpty()) {
                Label none = new Label(I18n.tr("posts.calendar.none"));
                none.getStyleClass().add("text-muted");
                column.getChildren().add(none);
            }
            getChildren().add(column);
        }
    }
}
