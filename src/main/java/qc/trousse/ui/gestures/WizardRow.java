package qc.trousse.ui.gestures;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.gestures.GestureRules;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;

/** One chosen gesture as the walk-through edits it: day, slot typed as text, place and owner. */
public final class WizardRow {
    private final PlannedGesture gesture;
    private final String title;
    private final ObjectProperty<LocalDate> day;
    private final StringProperty start;
    private final StringProperty end;
    private final StringProperty place;
    private final ObjectProperty<String> owner;
    private final StringBinding problem;

    WizardRow(PlannedGesture g, String title) {
        this.gesture = g;
        this.title = title;
        this.day = new SimpleObjectProperty<>(g.day());
        this.start = new SimpleStringProperty(Days.time(g.start()));
        this.end = new SimpleStringProperty(Days.time(g.end()));
        this.place = new SimpleStringProperty(g.place());
        this.owner = new SimpleObjectProperty<>(g.owner().isBlank() ? null : g.owner());
        this.problem = Bindings.createStringBinding(
                () -> GestureRules.slot(start.get(), end.get()).map(I18n::tr).orElse(""), start, end);
    }

    public long id() {
        return gesture.id();
    }

    /** A stable id for controls: the gesture key, with the number of a custom gesture. */
    public String controlId() {
        return GesturesView.idOf(gesture);
    }

    public String title() {
        return title;
    }

    /** The cocktail's day is set by the campaign. */
    public boolean dayFixed() {
        return gesture.isCocktail();
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public StringProperty start() {
        return start;
    }

    public StringProperty end() {
        return end;
    }

    public StringProperty place() {
        return place;
    }

    public ObjectProperty<String> owner() {
        return owner;
    }

    /** What is wrong with the slot in words, or empty text. */
    public StringBinding problem() {
        return problem;
    }
}
