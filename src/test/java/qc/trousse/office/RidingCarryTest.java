package qc.trousse.office;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Carrying an office into a new edition proposes its riding's new name, checked row by row on riding-maps.csv. */
class RidingCarryTest {
    private static final LocalDate JPS_2020 = LocalDate.of(2020, 2, 17);
    private static final LocalDate JPS_2027 = LocalDate.of(2027, 2, 15);
    private final RidingMaps maps = RidingMaps.shipped();

    /** Every row that takes one name to one name, read from the shipped file by a plain CSV parser. */
    static Stream<CSVRecord> changes() throws IOException {
        return rows().filter(r -> List.of("rename", "merge", "unsure", "region").contains(r.get("change")));
    }

    @ParameterizedTest(name = "line {index}: {0}")
    @MethodSource("changes")
    void theRidingOfTheDayBeforeIsProposedUnderItsNameOfTheDay(CSVRecord row) {
        LocalDate day = LocalDate.parse(row.get("in_force_from"));
        Riding before = maps.inForceOn(day.minusDays(1)).byName(row.get("old_name")).orElseThrow();
        RidingCarry carry = maps.carryOver(before, day);
        assertThat(carry.needsChoice()).isFalse();
        assertThat(carry.proposal()).map(Riding::name).contains(row.get("new_name"));
        assertThat(carry.proposal()).map(Riding::region).contains(row.get("region"));
        assertThat(carry.proposal()).map(Riding::code).contains(row.get("code"));
    }

    @Test
    void aSplitRidingAsksTheOfficeToChooseAmongTheRidingsOfItsTerritory() throws IOException {
        List<String> parts = rows().filter(r -> r.get("change").equals("split") && r.get("old_name")
                .equals("LaFontaine")).map(r -> r.get("new_name")).toList();
        Riding lafontaine = maps.inForceOn(JPS_2020).byName("LaFontaine").orElseThrow();
        RidingCarry carry = maps.carryOver(lafontaine, JPS_2027);
        assertThat(parts).hasSize(2);
        assertThat(carry.needsChoice()).isTrue();
        assertThat(carry.proposal()).isEmpty();
        assertThat(carry.choices()).extracting(Riding::name).containsExactlyElementsOf(parts);
    }

    @Test
    void from2020To2027TheNamesOfBothMapsAreFollowed() {
        assertThat(proposed("Bourget")).isEqualTo("Camille-Laurin");
        assertThat(proposed("Gaspé")).isEqualTo("Gaspé-Bonaventure");
        assertThat(proposed("Bonaventure")).isEqualTo("Gaspé-Bonaventure");
        assertThat(proposed("Pointe-aux-Trembles")).isEqualTo("Pointe-aux-Prairies");
        assertThat(proposed("Anjou–Louis-Riel")).isEqualTo("Anjou–LaFontaine");
        assertThat(proposed("Laporte")).isEqualTo("Pierre-Laporte");
        assertThat(maps.carryOver(riding2020("Rimouski"), JPS_2027).keepsName()).isTrue();
    }

    @Test
    void aStoredKeyIsCarriedFromTheOldEditionsDayToTheNewOne() {
        assertThat(maps.carryOver("854", JPS_2020, JPS_2027).flatMap(RidingCarry::proposal).map(Riding::name))
                .contains("Gaspé-Bonaventure");
        assertThat(maps.carryOver("nowhere", JPS_2020, JPS_2027)).isEmpty();
    }

    @Test
    void theProfileTakesTheNewRidingAndItsRegionUnlessTheOfficeSetItsOwn() {
        RidingCarry gaspe = maps.carryOver(riding2020("Gaspé"), JPS_2027);
        Riding merged = gaspe.proposal().orElseThrow();
        OfficeProfile profile = OfficeProfile.EMPTY.withMnaName("Marie Roy").withRiding("854",
                "Gaspésie–Îles-de-la-Madeleine");
        OfficeProfile carried = gaspe.applyTo(profile, merged);
        assertThat(carried.ridingCode()).isEqualTo("Gaspé-Bonaventure");
        assertThat(maps.inForceOn(JPS_2027).byKey(carried.ridingCode())).contains(merged);
        assertThat(carried.mnaName()).isEqualTo("Marie Roy");

        RidingCarry granby = maps.carryOver(riding2020("Granby"), JPS_2027);
        OfficeProfile followsRiding = granby.applyTo(OfficeProfile.EMPTY.withRiding("206", "Montérégie"),
                granby.proposal().orElseThrow());
        assertThat(followsRiding.region()).isEqualTo("Estrie");
        RidingCarry cote = maps.carryOver(riding2020("Côte-du-Sud"), JPS_2027);
        OfficeProfile ownRegion = cote.applyTo(OfficeProfile.EMPTY.withRiding("826", "Bas-Saint-Laurent"),
                cote.proposal().orElseThrow());
        assertThat(ownRegion.region()).isEqualTo("Bas-Saint-Laurent");
    }

    @Test
    void theNewEditionStepSaysWhatBecameOfTheRidingInOneLine() {
        assertThat(RidingTexts.carry(maps.carryOver(riding2020("Rimouski"), JPS_2027))).isEmpty();
        assertThat(RidingTexts.carry(maps.carryOver(riding2020("Bourget"), JPS_2027)).replace('\u00a0', ' '))
                .isEqualTo("Sur la carte en vigueur le 15 février 2027, Bourget est devenue Camille-Laurin :"
                        + " confirmez votre circonscription.");
        assertThat(RidingTexts.carry(maps.carryOver(riding2020("LaFontaine"), JPS_2027)).replace('\u00a0', ' '))
                .isEqualTo("Sur la carte en vigueur le 15 février 2027, LaFontaine est partagée entre"
                        + " Pointe-aux-Prairies et Anjou–LaFontaine : choisissez la vôtre.");
        Riding bellefeuille = maps.inForceOn(JPS_2027).byName("Bellefeuille").orElseThrow();
        assertThat(RidingTexts.carry(maps.carryOver(bellefeuille, JPS_2020)).replace('\u00a0', ' '))
                .isEqualTo("Bellefeuille n’est pas sur la carte en vigueur le 17 février 2020 :"
                        + " choisissez votre circonscription.");
    }

    private String proposed(String name2020) {
        return maps.carryOver(riding2020(name2020), JPS_2027).proposal().orElseThrow().name();
    }

    private Riding riding2020(String name) {
        return maps.inForceOn(JPS_2020).byName(name).orElseThrow();
    }

    static Stream<CSVRecord> rows() throws IOException {
        Reader in = Files.newBufferedReader(Path.of("assets/data/riding-maps.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(in).getRecords();
        in.close();
        return rows.stream();
    }
}
