package qc.trousse.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A list on screen brought to the store's rows by touching only the rows that differ. */
class FreshListTest {
    record Row(long id, String name) {
    }

    @Test
    void oneRowChangedIsReplacedAloneAndTheOthersStayTheSameObjects() {
        ObservableList<Row> shown = FXCollections.observableArrayList(new Row(1, "a"), new Row(2, "b"), new Row(3, "c"));
        Row kept = shown.get(0);
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced " + c.getFrom() : c.wasAdded() ? "added " + c.getFrom()
                        : "removed " + c.getFrom());
            }
        });
        FreshList.update(shown, List.of(new Row(1, "a"), new Row(2, "B"), new Row(3, "c")), Row::id);
        assertThat(shown).containsExactly(new Row(1, "a"), new Row(2, "B"), new Row(3, "c"));
        assertThat(shown.get(0)).isSameAs(kept);
        assertThat(changes).containsExactly("replaced 1");
    }

    @Test
    void rowsAddedRemovedAndMovedEndInTheStoresOrder() {
        ObservableList<Row> shown = FXCollections.observableArrayList(new Row(1, "a"), new Row(2, "b"),
                new Row(3, "c"), new Row(4, "d"));
        List<Row> fresh = List.of(new Row(4, "d"), new Row(1, "a"), new Row(5, "e"), new Row(3, "c"));
        FreshList.update(shown, fresh, Row::id);
        assertThat(shown).containsExactlyElementsOf(fresh);
        FreshList.update(shown, List.of(), Row::id);
        assertThat(shown).isEmpty();
    }
}
