package qc.trousse.office;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped maps read by date, and the riding checks for files of 2020, 2023 and 2027. */
class RidingMapsTest {
    private static final LocalDate JPS_2020 = LocalDate.of(2020, 2, 17);
    private static final LocalDate JPS_2023 = LocalDate.of(2023, 2, 13);
    private static final LocalDate JPS_2027 = LocalDate.of(2027, 2, 15);
    private final RidingMaps maps = RidingMaps.shipped();

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void eachMapHas125RidingsInTheSeventeenRegionsWithNoNameTwice() {
        for (LocalDate day : maps.days().keySet()) {
            Ridings map = maps.inForceOn(day);
            assertThat(map.all()).as(day.toString()).hasSize(125);
            assertThat(map.all()).extracting(Riding::name).doesNotHaveDuplicates();
            assertThat(map.all()).allSatisfy(r -> assertThat(map.regions()).contains(r.region()));
        }
        assertThat(maps.days().values()).containsOnly("2017", "2025");
    }

    @Test
    void the2020WeekReadsThe2017MapExactlyAsShipped() {
        Ridings week = maps.inForceOn(JPS_2020);
        assertThat(week.all()).isEqualTo(Ridings.load().all());
        assertThat(week.map()).isEqualTo("2017");
        assertThat(week.byName("Bourget")).map(Riding::code).contains("370");
        assertThat(week.byName("Camille-Laurin")).isEmpty();
    }

    @Test
    void bourgetIsCamilleLaurinFromTheDissolutionOf2022WithTheSameCode() {
        assertThat(maps.inForceOn(LocalDate.of(2022, 8, 27)).byName("Bourget")).isPresent();
        Ridings after = maps.inForceOn(LocalDate.of(2022, 8, 28));
        assertThat(after.byName("Bourget")).isEmpty();
        assertThat(after.byCode("370")).map(Riding::name).contains("Camille-Laurin");
        assertThat(after.map()).isEqualTo("2017");
    }

    @Test
    void the2025MapIsInForceFromTheElectionOf5October2026() {
        assertThat(maps.mapOn(LocalDate.of(2026, 10, 4))).isEqualTo("2017");
        Ridings map = maps.inForceOn(LocalDate.of(2026, 10, 5));
        assertThat(map.map()).isEqualTo("2025");
        assertThat(map.all()).extracting(Riding::name)
                .contains("Bellefeuille", "Marie-Lacoste-Gérin-Lajoie", "Gaspé-Bonaventure", "Pointe-aux-Prairies",
                        "Anjou–LaFontaine", "Camille-Laurin", "Pierre-Laporte")
                .doesNotContain("Gaspé", "Bonaventure", "LaFontaine", "Pointe-aux-Trembles", "Anjou–Louis-Riel",
                        "Bourget", "Laporte");
    }

    @Test
    void newRidingsHaveNoMadeUpCodeAndAreKeptByName() {
        Ridings map = maps.inForceOn(JPS_2027);
        Riding bellefeuille = map.byName("Bellefeuille").orElseThrow();
        assertThat(bellefeuille.hasCode()).isFalse();
        assertThat(bellefeuille.region()).isEqualTo("Laurentides");
        assertThat(bellefeuille.key()).isEqualTo("Bellefeuille");
        assertThat(map.byKey("Bellefeuille")).contains(bellefeuille);
        assertThat(map.byName("Gaspé-Bonaventure")).map(Riding::hasCode).contains(false);
        assertThat(map.byName("Pointe-aux-Prairies")).map(Riding::code).contains("380");
        assertThat(map.byCode("")).isEmpty();
        Ridings withCode = new Ridings(map.all().stream().map(r -> r.name().equals("Bellefeuille")
                ? new Riding("999", r.name(), r.region()) : r).toList(), map.regions());
        assertThat(withCode.byKey("Bellefeuille")).map(Riding::code).as("a code published later").contains("999");
    }

    @Test
    void regionsFollowTheMoveOfGranbyAndBromeMissisquoiToEstrie() {
        assertThat(maps.inForceOn(JPS_2020).byName("Granby")).map(Riding::region).contains("Montérégie");
        assertThat(maps.inForceOn(JPS_2023).byName("Granby")).map(Riding::region).contains("Estrie");
        assertThat(maps.inForceOn(JPS_2027).byName("Brome-Missisquoi")).map(Riding::region).contains("Estrie");
    }

    @Test
    void a2027FileAcceptsBellefeuilleAndGaspeBonaventureAndRefusesGaspeNamingGaspeBonaventure() {
        assertThat(maps.check("Bellefeuille", JPS_2027)).isEqualTo(found("Bellefeuille", JPS_2027));
        assertThat(maps.check("gaspe-bonaventure", JPS_2027)).isEqualTo(found("Gaspé-Bonaventure", JPS_2027));
        RidingAnswer gaspe = maps.check("Gaspé", JPS_2027);
        assertThat(gaspe).isInstanceOf(RidingAnswer.Former.class);
        assertThat(RidingTexts.refusal(gaspe).replace('\u00a0', ' '))
                .isEqualTo("Gaspé n’existe plus depuis le 5 octobre 2026 : c’est maintenant Gaspé-Bonaventure.");
        I18n.setLanguage(Lang.EN);
        assertThat(RidingTexts.refusal(gaspe))
                .isEqualTo("Gaspé has not existed since October 5, 2026: it is now Gaspé-Bonaventure.");
    }

    @Test
    void a2020FileRefusesBellefeuilleWhichOnlyStartsIn2026() {
        RidingAnswer answer = maps.check("Bellefeuille", JPS_2020);
        assertThat(answer).isInstanceOf(RidingAnswer.Later.class);
        assertThat(RidingTexts.refusal(answer).replace('\u00a0', ' ')).isEqualTo("Bellefeuille n’existe qu’à partir"
                + " du 5 octobre 2026 : elle n’est pas sur la carte en vigueur le 17 février 2020.");
        assertThat(RidingTexts.refusal(maps.check("Camille-Laurin", JPS_2020)).replace('\u00a0', ' '))
                .endsWith("sur la carte en vigueur le 17 février 2020, c’est Bourget.");
    }

    @Test
    void a2023FileAcceptsCamilleLaurinAndNamesItForBourget() {
        assertThat(maps.check("Camille-Laurin", JPS_2023)).isEqualTo(found("Camille-Laurin", JPS_2023));
        assertThat(maps.check("370", JPS_2023)).isEqualTo(found("Camille-Laurin", JPS_2023));
        assertThat(RidingTexts.refusal(maps.check("Bourget", JPS_2023)).replace('\u00a0', ' '))
                .isEqualTo("Bourget n’existe plus depuis le 28 août 2022 : c’est maintenant Camille-Laurin.");
    }

    @Test
    void aSplitRidingIsRefusedNamingEveryRidingThatSharesItsTerritory() {
        RidingAnswer answer = maps.check("LaFontaine", JPS_2027);
        assertThat(answer).isInstanceOf(RidingAnswer.Former.class);
        assertThat(((RidingAnswer.Former) answer).now()).extracting(Riding::name)
                .containsExactly("Pointe-aux-Prairies", "Anjou–LaFontaine");
        assertThat(RidingTexts.refusal(answer).replace('\u00a0', ' ')).isEqualTo("LaFontaine n’existe plus depuis"
                + " le 5 octobre 2026 : son territoire est partagé entre Pointe-aux-Prairies et Anjou–LaFontaine.");
        assertThat(maps.check("390", JPS_2027)).isEqualTo(answer);
    }

    @Test
    void lettersOfSeveralRidingsAreNamedAndUnknownTextIsNone() {
        assertThat(maps.check("saint", JPS_2027)).isInstanceOf(RidingAnswer.Several.class);
        assertThat(maps.check("Atlantide", JPS_2027)).isEqualTo(new RidingAnswer.None("Atlantide"));
        assertThat(maps.check("anjou", JPS_2027)).isEqualTo(found("Anjou–LaFontaine", JPS_2027));
    }

    private RidingAnswer found(String name, LocalDate day) {
        return new RidingAnswer.Found(maps.inForceOn(day).byName(name).orElseThrow());
    }
}
