package qc.trousse.ui.office;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.office.OfficeProfile;

import java.util.ArrayList;
import java.util.List;

/** The office's team: the names offered as a gesture's owner. Adding or removing is saved at once. */
public final class TeamModel {
    private final ProfileEdits edits;
    private final ObservableList<String> staff = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<String> added = new SimpleObjectProperty<>();

    TeamModel(ProfileEdits edits) {
        this.edits = edits;
    }

    void show(OfficeProfile p) {
        // Row by row, so the list keeps its selection and scroll when a colleague adds a member.
        qc.trousse.ui.FreshList.update(staff, p.staff(), name -> name);
    }

    public ObservableList<String> staff() {
        return staff;
    }

    public StringProperty newName() {
        return newName;
    }

    /** The member just added (or typed again), which the view selects and scrolls into view. */
    public ObjectProperty<String> added() {
        return added;
    }

    public void add() {
        String name = newName.get() == null ? "" : newName.get().trim();
        if (name.isEmpty()) {
            return;
        }
        if (!staff.contains(name)) {
            List<String> next = new ArrayList<>(edits.office().profile().staff());
            next.add(name);
            edits.update("staff", p -> p.withStaff(next));
        }
        if (staff.contains(name)) {
            newName.set("");
            // Set even when unchanged so typing an existing name again still shows where it is.
            added.set(null);
            added.set(name);
        }
    }

    public void remove(String name) {
        List<String> next = new ArrayList<>(edits.office().profile().staff());
        next.remove(name);
        edits.update("staff", p -> p.withStaff(next));
    }
}
