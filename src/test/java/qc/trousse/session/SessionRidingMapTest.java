package qc.trousse.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.TravelTimes;
import qc.trousse.office.RidingAnswer;
import qc.trousse.office.RidingMaps;
import qc.trousse.office.Ridings;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A session reads its file's riding on the map in force on its week's first day, and the region still counts. */
class SessionRidingMapTest {
    @TempDir
    Path dir;

    /** A file of the 2027 edition (week of 15 February 2027), as edition new records it. */
    private static DataFile file2027(Path file) throws Exception {
        DataFile data = DataFile.open(file);
        new qc.trousse.store.EditionRepository(data).write(new qc.trousse.store.EditionRepository.Stored(2027, ""));
        return data;
    }

    @Test
    void the2020WeekReadsThe2017MapAndA2027WeekThe2025Map() throws Exception {
        try (Session s2020 = new Session(DataFile.open(dir.resolve("a.db")), Editions.shipped(),
                Ridings.load())) {
            assertThat(s2020.office().ridings().map()).isEqualTo("2017");
            assertThat(s2020.office().ridings().check("Bellefeuille")).isInstanceOf(RidingAnswer.Later.class);
        }
        try (Session s2027 = new Session(file2027(dir.resolve("b.db")), Editions.shipped(), Ridings.load())) {
            assertThat(s2027.office().ridings().map()).isEqualTo("2025");
            assertThat(s2027.office().ridings().day()).contains(LocalDate.of(2027, 2, 15));
            assertThat(s2027.office().ridings().check("Gaspé")).isInstanceOf(RidingAnswer.Former.class);
        }
    }

    @Test
    void aRidingNewIn2025IsStoredAndItsRegionGivesTheCocktailItsTravelTime() throws Exception {
        Path file = dir.resolve("2027.db");
        try (Session s = new Session(file2027(file), Editions.shipped(), Ridings.load())) {
            RidingAnswer.Found found = (RidingAnswer.Found) s.office().ridings().check("Marie-Lacoste-Gérin-Lajoie");
            s.office().chooseRiding(found.riding());
        }
        try (Session again = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            assertThat(again.office().riding()).map(r -> r.name()).contains("Marie-Lacoste-Gérin-Lajoie");
            assertThat(again.office().profile().region()).isEqualTo("Centre-du-Québec");
            assertThat(again.cocktail().regionTravel()).isEqualTo(TravelTimes.load().forRegion("Centre-du-Québec"))
                    .isNotEqualTo(TravelTimes.UNKNOWN);
        }
    }

    @Test
    void everyRidingOfEveryMapIsInARegionWithATravelTime() {
        RidingMaps maps = RidingMaps.shipped();
        TravelTimes times = TravelTimes.load();
        for (LocalDate day : new LocalDate[]{LocalDate.of(2020, 2, 17), LocalDate.of(2023, 2, 13),
                LocalDate.of(2027, 2, 15)}) {
            assertThat(maps.inForceOn(day).all()).allSatisfy(r -> assertThat(times.all()).containsKey(r.region()));
        }
    }
}
