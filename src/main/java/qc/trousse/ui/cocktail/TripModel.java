package qc.trousse.ui.cocktail;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.EventRules;
import qc.trousse.cocktail.TravelPlan;
import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The trip as it follows from the saved event: when to leave and be back, the region's default travel time and
 * what else the MNA has on the road. Only shown, never typed, so nothing here is written back.
 */
public final class TripModel {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
    private final CocktailService cocktail;
    private final OfficeService office;
    private final StringProperty travelDefault = new SimpleStringProperty();
    private final StringProperty travelPrompt = new SimpleStringProperty();
    private final StringProperty departure = new SimpleStringProperty();
    private final StringProperty back = new SimpleStringProperty();
    private final StringProperty conflictsTitle = new SimpleStringProperty();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();

    TripModel(CocktailService cocktail, OfficeService office) {
        this.cocktail = cocktail;
        this.office = office;
    }

    void show() {
        CocktailEvent e = cocktail.event();
        TravelPlan p = cocktail.plan();
        String region = office.profile().region().isEmpty() ? "—" : office.profile().region();
        travelDefault.set(I18n.tr("cocktail.travel.default", region, EventRules.format(cocktail.regionTravel())));
        travelPrompt.set(EventRules.format(cocktail.regionTravel()));
        String place = e.departurePlace().isEmpty() ? I18n.tr("cocktail.riding") : e.departurePlace();
        departure.set(I18n.tr("cocktail.departure.value", p.departure().format(HOUR), place,
                p.arrival().format(HOUR)));
        back.set(I18n.tr("cocktail.return.value", p.returnLeave().format(HOUR), p.returnArrival().format(HOUR)));
        List<Busy> found = cocktail.conflicts();
        conflictsTitle.set(found.isEmpty() ? I18n.tr("cocktail.conflicts.none")
                : I18n.tr("cocktail.conflicts.title", p.departure().format(HOUR), p.returnArrival().format(HOUR)));
        conflicts.setAll(found.stream().map(b -> I18n.tr("cocktail.conflicts.one", b.title(),
                b.start().format(HOUR), b.end().format(HOUR), b.owner())).toList());
    }

    public StringProperty travelDefault() {
        return travelDefault;
    }

    /** The region's time, shown in the empty travel field. */
    public StringProperty travelPrompt() {
        return travelPrompt;
    }

    public StringProperty departure() {
        return departure;
    }

    public StringProperty back() {
        return back;
    }

    public StringProperty conflictsTitle() {
        return conflictsTitle;
    }

    public ObservableList<String> conflicts() {
        return conflicts;
    }
}
