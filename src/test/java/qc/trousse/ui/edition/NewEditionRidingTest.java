package qc.trousse.ui.edition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingMaps;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-edition step asks which riding a LaFontaine office is on the 2025 map, and writes the answer. */
class NewEditionRidingTest {
    @TempDir
    Path dir;

    private NewEditionViewModel stepFor(Path old) throws Exception {
        I18n.setLanguage(Lang.FR);
        try (Session s = new Session(DataFile.open(old), Editions.shipped(), Ridings.load())) {
            s.office().update("mna", p -> p.withMnaName("Députée").withRiding("390", "Montréal"));
            RidingCarryModel riding = new RidingCarryModel(RidingMaps.shipped(), s.office().profile(),
                    s.edition().firstDay());
            return new NewEditionViewModel(Editions.shipped(), old, 2020, LocalDate.of(2026, 12, 3), riding);
        }
    }

    @Test
    void aSplitRidingIsAskedWithItsTwoRidingsAndNothingIsMadeUntilOneIsChosen() throws Exception {
        Path old = dir.resolve("bureau-2020.db");
        NewEditionViewModel step = stepFor(old);
        assertThat(step.year().get()).isEqualTo(2027);
        RidingCarryModel riding = step.riding();
        assertThat(riding.asked().get()).isTrue();
        assertThat(riding.choices()).extracting(Riding::name)
                .containsExactlyInAnyOrder("Pointe-aux-Prairies", "Anjou–LaFontaine");
        assertThat(riding.chosen().get()).isNull();
        assertThat(riding.note().get()).contains("LaFontaine", "15 février 2027");

        List<String> told = new ArrayList<>();
        assertThat(step.create(told::add)).isEmpty();
        assertThat(told).singleElement().asString().contains("LaFontaine");
        assertThat(Path.of(step.target().get())).doesNotExist();

        riding.chosen().set(riding.choices().stream().filter(r -> r.name().equals("Anjou–LaFontaine"))
                .findFirst().orElseThrow());
        Optional<Path> made = step.create(told::add);
        assertThat(made).isPresent();
        try (Session s = new Session(DataFile.open(made.get()), Editions.shipped(), Ridings.load())) {
            assertThat(s.office().riding()).map(Riding::name).contains("Anjou–LaFontaine");
        }
    }

    @Test
    void anEditionBeforeTheNewMapAsksNothing() throws Exception {
        NewEditionViewModel step = stepFor(dir.resolve("bureau-2020.db"));
        step.year().set(2026);
        assertThat(step.riding().asked().get()).isFalse();
        step.year().set(2027);
        assertThat(step.riding().asked().get()).isTrue();
    }
}
