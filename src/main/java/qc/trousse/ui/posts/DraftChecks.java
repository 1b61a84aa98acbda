package qc.trousse.ui.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.posts.Draft;
import qc.trousse.posts.OfficeNetworks;

import java.util.Optional;

/**
 * What the editor says about the selected draft: each version's counter by the rules of its network on its
 * day, the remarks, and whether it may be approved.
 */
public final class DraftChecks {
    private final LengthCounter french = new LengthCounter();
    private final LengthCounter english = new LengthCounter();
    private final ObservableList<DraftRemark> remarks = FXCollections.observableArrayList();
    private final BooleanProperty canApprove = new SimpleBooleanProperty();

    public LengthCounter french() {
        return french;
    }

    public LengthCounter english() {
        return english;
    }

    public ObservableList<DraftRemark> remarks() {
        return remarks;
    }

    public BooleanProperty canApprove() {
        return canApprove;
    }

    void show(Optional<Draft> d, OfficeNetworks office, String hashtag) {
        remarks.clear();
        canApprove.set(d.map(office::fits).orElse(false));
        if (d.isEmpty()) {
            french.clear();
            english.clear();
            return;
        }
        Draft draft = d.get();
        french.show(office.measure(draft.network(), draft.french(), draft.day()), draft.french());
        english.show(office.measure(draft.network(), draft.english(), draft.day()), draft.english());
        remarks.setAll(DraftRemarks.of(draft, hashtag, office));
    }
}
