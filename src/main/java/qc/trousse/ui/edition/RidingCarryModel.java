package qc.trousse.ui.edition;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.office.CarriedRiding;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingCarry;
import qc.trousse.office.RidingMaps;
import qc.trousse.office.RidingTexts;
import qc.trousse.store.EditionFileMaker;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The riding question of the new-edition step: asked only when the office's riding is renamed, merged or split on
 * the map in force on the new edition's first day. A rename or a merge is proposed; a split lists its ridings
 * and nothing is chosen until the office chooses; an untraced riding lists the whole new map.
 */
public final class RidingCarryModel {
    private final RidingMaps maps;
    private final OfficeProfile profile;
    private final LocalDate fromDay;
    private final ObservableList<Riding> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Riding> chosen = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty asked = new SimpleBooleanProperty(false);
    private Optional<RidingCarry> question = Optional.empty();

    /** @param fromDay the current file's first day, on whose map its riding was chosen */
    public RidingCarryModel(RidingMaps maps, OfficeProfile profile, LocalDate fromDay) {
        this.maps = maps;
        this.profile = profile;
        this.fromDay = fromDay;
    }

    /** Asks again for a new edition starting on that day. */
    void startingOn(LocalDate firstDay) {
        question = CarriedRiding.question(maps, profile, fromDay, firstDay);
        asked.set(question.isPresent());
        note.set(question.map(RidingTexts::carry).orElse(""));
        choices.setAll(question.map(c -> c.choices().isEmpty() ? maps.inForceOn(firstDay).all() : c.choices())
                .orElse(java.util.List.of()));
        chosen.set(question.flatMap(RidingCarry::proposal).orElse(null));
    }

    /** The riding to write into the new file; empty when it keeps its riding. */
    Optional<EditionFileMaker.NewRiding> answer() throws CarriedRiding.Refused {
        if (question.isEmpty()) {
            return Optional.empty();
        }
        RidingCarry carry = question.get();
        Riding now = CarriedRiding.answer(maps, carry, Optional.ofNullable(chosen.get()).map(Riding::key));
        return Optional.of(new EditionFileMaker.NewRiding(now.key(), carry.applyTo(profile, now).region()));
    }

    /** Whether the step shows the question. */
    public BooleanProperty asked() {
        return asked;
    }

    /** What changed: "Sur la carte en vigueur le 15 février 2027, LaFontaine est partagée entre …". */
    public StringProperty note() {
        return note;
    }

    public ObservableList<Riding> choices() {
        return choices;
    }

    public ObjectProperty<Riding> chosen() {
        return chosen;
    }
}
