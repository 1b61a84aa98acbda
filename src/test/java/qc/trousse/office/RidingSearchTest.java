package qc.trousse.office;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the profile's riding search shows, on the map of the file's week. */
class RidingSearchTest {
    private final RidingMaps maps = RidingMaps.shipped();
    private final Ridings map2020 = maps.inForceOn(LocalDate.of(2020, 2, 17));
    private final Ridings map2027 = maps.inForceOn(LocalDate.of(2027, 2, 15));

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void nothingTypedListsTheWholeMapWithoutANote() {
        RidingSearch all = RidingSearch.of(map2027, "  ");
        assertThat(all.matches()).hasSize(125);
        assertThat(all.note()).isEmpty();
    }

    @Test
    void anAbbreviationFindsTheSaint() {
        RidingSearch search = RidingSearch.of(map2020, "st-jerome");
        assertThat(search.matches()).extracting(Riding::name).containsExactly("Saint-Jérôme");
        assertThat(search.note()).isEmpty();
    }

    @Test
    void nothingMatchingSaysSoInTheUsersLanguage() {
        RidingSearch none = RidingSearch.of(map2020, "st-jeromme");
        assertThat(none.nothingFound()).isTrue();
        assertThat(none.note().replace('\u00a0', ' ')).isEqualTo("Aucun résultat pour « st-jeromme ».");
        I18n.setLanguage(Lang.EN);
        assertThat(RidingSearch.of(map2020, "zzz").note()).isEqualTo("No results for \"zzz\".");
    }

    @Test
    void aFormerNameListsTheRidingsNowInForceAndSaysWhy() {
        RidingSearch search = RidingSearch.of(map2027, "Pointe-aux-Trembles");
        assertThat(search.matches()).extracting(Riding::name).containsExactly("Pointe-aux-Prairies");
        assertThat(search.note()).startsWith("Pointe-aux-Trembles n’existe plus depuis le 5 octobre 2026");
        RidingSearch gaspe = RidingSearch.of(map2027, "gaspe");
        assertThat(gaspe.matches()).extracting(Riding::name).containsExactly("Gaspé-Bonaventure");
        assertThat(gaspe.note()).contains("c’est maintenant Gaspé-Bonaventure");
        RidingSearch lafontaine = RidingSearch.of(map2027, "LaFontaine");
        assertThat(lafontaine.matches()).extracting(Riding::name)
                .containsExactlyInAnyOrder("Anjou–LaFontaine", "Pointe-aux-Prairies");
    }

    @Test
    void aNameOfALaterMapIsNotOfferedInA2020File() {
        RidingSearch search = RidingSearch.of(map2020, "Bellefeuille");
        assertThat(search.matches()).isEmpty();
        assertThat(search.note()).startsWith("Bellefeuille n’existe qu’à partir du 5 octobre 2026");
    }
}
