package qc.trousse.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RidingsTest {
    private final Ridings ridings = Ridings.load();

    @Test
    void shipsThe125RidingsAndThe17Regions() {
        assertThat(ridings.all()).hasSize(125);
        assertThat(ridings.regions()).hasSize(17).startsWith("Bas-Saint-Laurent").endsWith("Centre-du-Québec");
        assertThat(ridings.all()).allSatisfy(r -> assertThat(ridings.regions()).contains(r.region()));
    }

    @Test
    void searchIgnoresAccentsCaseAndDashes() {
        assertThat(ridings.search("anjou louis")).extracting(Riding::name).containsExactly("Anjou–Louis-Riel");
        assertThat(ridings.search("MEGANTIC")).extracting(Riding::name).containsExactly("Mégantic");
        assertThat(ridings.search("rouyn noranda tem")).extracting(Riding::name)
                .containsExactly("Rouyn-Noranda–Témiscamingue");
    }

    @Test
    void findAcceptsACodeOrAnUnambiguousName() {
        assertThat(ridings.find("104")).map(Riding::name).contains("Mégantic");
        assertThat(ridings.find("Anjou–Louis-Riel")).map(Riding::region).contains("Montréal");
        assertThat(ridings.find("saint")).isEmpty();
        assertThat(ridings.find("Atlantide")).isEmpty();
    }

    @Test
    void ridingsAreListedAlphabeticallyInFrench() {
        assertThat(ridings.all().get(0).name()).isEqualTo("Abitibi-Est");
    }

    @Test
    void searchReadsStAndSteAsSaintAndSainte() {
        assertThat(ridings.search("st-jerome")).extracting(Riding::name).containsExactly("Saint-Jérôme");
        assertThat(ridings.search("ST JÉRÔME")).extracting(Riding::name).containsExactly("Saint-Jérôme");
        assertThat(ridings.search("ste-marie")).extracting(Riding::name)
                .containsExactly("Sainte-Marie–Saint-Jacques");
        assertThat(ridings.search("st-henri ste-anne")).extracting(Riding::name)
                .containsExactly("Saint-Henri–Sainte-Anne");
        assertThat(ridings.find("st-hyacinthe")).map(Riding::code).contains("260");
    }

    @Test
    void anAbbreviationIsAWholeWordNotAPieceOfOne() {
        assertThat(ridings.search("stanstead")).isEmpty();
        assertThat(ridings.search("chste")).isEmpty();
    }
}
