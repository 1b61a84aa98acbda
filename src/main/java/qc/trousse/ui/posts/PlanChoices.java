package qc.trousse.ui.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.posts.PlannedItem;
import qc.trousse.posts.PostLinks;
import qc.trousse.posts.PostTemplate;

import java.time.LocalDate;
import java.util.List;

/**
 * What the plan and the recipients offer the draft form: the names to pick for {personne} and {organisme},
 * the day of the chosen template's gesture (the new draft's day when it is planned), and each day's gestures
 * for the calendar. The revision goes up when the plan or the recipients change, so the calendar redraws.
 */
public final class PlanChoices {
    private final PostLinks links;
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> organisations = FXCollections.observableArrayList();
    private final SimpleIntegerProperty revision = new SimpleIntegerProperty();

    PlanChoices(PostLinks links, ObjectProperty<PostTemplate> template, ObjectProperty<LocalDate> day) {
        this.links = links;
        template.addListener((o, a, b) -> {
            offer(b);
            if (b != null) {
                links.plannedDay(b).ifPresent(day::set);
            }
        });
        offer(template.get());
    }

    /** People honoured, those of the template's gesture day first; the user may still type another. */
    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<String> organisations() {
        return organisations;
    }

    public List<PlannedItem> plannedOn(LocalDate day) {
        return links.on(day);
    }

    /**
     * For a post about a gesture that is now planned on another day (the gesture moved after the post was
     * made): that day, so the calendar can say the post no longer sits beside its gesture.
     */
    public java.util.Optional<LocalDate> movedGesture(qc.trousse.posts.Draft d) {
        if (d.gestureId().isBlank()) {
            return java.util.Optional.empty();
        }
        return links.plannedDay(d.gestureId()).filter(day -> !day.equals(d.day()));
    }

    public ReadOnlyIntegerProperty revision() {
        return revision;
    }

    void refresh(PostTemplate template) {
        offer(template);
        revision.set(revision.get() + 1);
    }

    private void offer(PostTemplate template) {
        setIfOther(people, template == null ? List.of() : links.people(template));
        setIfOther(organisations, template == null ? List.of() : links.organisations(template));
    }

    /** Leaves an open list alone when nothing changed, so a name being typed is not disturbed. */
    private static void setIfOther(ObservableList<String> list, List<String> names) {
        if (!list.equals(names)) {
            list.setAll(names);
        }
    }
}
