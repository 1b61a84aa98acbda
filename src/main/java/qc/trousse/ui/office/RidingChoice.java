package qc.trousse.ui.office;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingSearch;
import qc.trousse.office.RidingTexts;
import qc.trousse.ui.WriteBack;

import java.util.List;

/** The riding part of the profile: search the map in force on the file's week, choose, adjust the region. */
public final class RidingChoice {
    private final ProfileEdits edits;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Riding> riding = new SimpleObjectProperty<>();
    private final ObservableList<Riding> matches = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");

    RidingChoice(ProfileEdits edits) {
        this.edits = edits;
        query.addListener((o, a, b) -> search(b));
        search("");
        WriteBack.of(region, () -> edits.office().profile().region(), v -> edits.update("region", p -> p.withRegion(v)));
    }

    void show(OfficeProfile p) {
        region.set(p.region());
        riding.set(edits.office().riding().orElse(null));
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Riding> matches() {
        return matches;
    }

    /** "Aucun résultat…", or why a name of another map is not this file's riding; empty otherwise. */
    public StringProperty note() {
        return note;
    }

    /** The electoral map the search uses: the one in force on the file's week. */
    public String map() {
        return RidingTexts.map(edits.office().ridings());
    }

    public ObjectProperty<Riding> riding() {
        return riding;
    }

    public StringProperty region() {
        return region;
    }

    public List<String> regions() {
        return edits.office().ridings().regions();
    }

    public void choose(Riding chosen) {
        if (chosen != null) {
            edits.run(() -> edits.office().chooseRiding(chosen));
        }
    }

    private void search(String text) {
        RidingSearch search = RidingSearch.of(edits.office().ridings(), text);
        matches.setAll(search.matches());
        note.set(search.note());
    }
}
