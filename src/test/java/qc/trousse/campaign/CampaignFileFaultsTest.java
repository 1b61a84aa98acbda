package qc.trousse.campaign;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A campaign file with faults is refused whole, each fault named with the file, line and key. */
class CampaignFileFaultsTest {
    private final String shipped = Editions.shipped().text(2027).orElseThrow();

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private String with(String key, String value) {
        return CampaignFile.parse("x", shipped).with(Map.of(key, value));
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void aWeekThatDoesNotStartOnMondayIsNamedByFileLineAndKey() {
        String text = with("start", "2027-02-16");
        CampaignFaults faults = catchThrowableOfType(() -> CampaignLoader.read("jps-2027-bureau.properties", text),
                CampaignFaults.class);
        assertThat(faults.faults()).contains("jps-2027-bureau.properties, ligne " + lineOf(text, "start")
                + ", clé «\u00a0start\u00a0»\u00a0: le premier jour, 2027-02-16, n’est pas un lundi.");
    }

    @Test
    void anEndBeforeTheStartAndAnAssemblyOutsideTheWeekAreBothSaidAtOnce() {
        String text = CampaignFile.parse("x", shipped).with(Map.of("end", "2027-02-12", "cocktail.date",
                "2027-03-02"));
        CampaignFaults faults = catchThrowableOfType(() -> CampaignLoader.read("c.properties", text),
                CampaignFaults.class);
        assertThat(faults.faults()).anySatisfy(f -> assertThat(f).contains("ligne " + lineOf(text, "end"))
                .contains("«\u00a0end\u00a0»").contains("avant le premier"));
        assertThat(faults.faults()).anySatisfy(f -> assertThat(f).contains("«\u00a0cocktail.date\u00a0»")
                .contains("pas dans la semaine du 2027-02-15 au 2027-02-19"));
    }

    @Test
    void aMissingKeyAndAnUnknownKeyAreNamed() {
        String text = shipped.replaceFirst("(?m)^site=.*\n", "") + "sloganx.fr=oups\n";
        CampaignFaults faults = catchThrowableOfType(() -> CampaignLoader.read("c.properties", text),
                CampaignFaults.class);
        assertThat(faults.faults()).contains("c.properties\u00a0: la clé «\u00a0site\u00a0» manque.");
        assertThat(faults.faults()).anySatisfy(f -> assertThat(f).contains("«\u00a0sloganx.fr\u00a0»")
                .contains("clé inconnue"));
    }

    @Test
    void badStepsSlotsAndRepeatedKeysAreFaults() {
        String text = with("gesture.1.steps", "recipient -7; envoler demain") + "year=2028\n";
        assertThatThrownBy(() -> CampaignLoader.read("c.properties", text)).isInstanceOf(CampaignFaults.class)
                .hasMessageContaining("étape «\u00a0envoler demain\u00a0»")
                .hasMessageContaining("déjà donnée à la ligne " + lineOf(text, "year"));
    }

    @Test
    void inEnglishTheFaultIsInEnglish() {
        I18n.setLanguage(Lang.EN);
        try {
            assertThatThrownBy(() -> CampaignLoader.read("c.properties", with("cocktail.hours", "19:00-17:00")))
                    .hasMessageContaining("key “cocktail.hours”: “19:00-17:00”: the end must follow the start");
        } finally {
            I18n.setLanguage(Lang.FR);
        }
    }

    @Test
    void aFileRewrittenWithNewValuesReadsBackWithThem() {
        Campaign c = CampaignLoader.read("c.properties", CampaignFile.parse("x", shipped).with(Map.of(
                "slogan.fr", "Un thème annoncé", "start", "2027-02-22", "end", "2027-02-26",
                "cocktail.date", "2027-02-23")));
        assertThat(c.slogan().fr()).isEqualTo("Un thème annoncé");
        assertThat(c.days()).first().isEqualTo(java.time.LocalDate.of(2027, 2, 22));
        assertThat(c.gestures()).hasSize(5);
    }

    @Test
    void anUnknownNetworkInTheEditionsListOrInASlotIsNamed() {
        String text = CampaignFile.parse("x", shipped).with(Map.of("networks", "X Blueksy MASTODON",
                "post.week.1", "message-1;1;09:00;Myspace"));
        CampaignFaults faults = catchThrowableOfType(() -> CampaignLoader.read("c.properties", text),
                CampaignFaults.class);
        assertThat(faults.faults()).contains("c.properties, ligne " + lineOf(text, "networks")
                + ", clé «\u00a0networks\u00a0»\u00a0: réseau inconnu « Blueksy » (X, FACEBOOK, INSTAGRAM, LINKEDIN,"
                + " BLUESKY, THREADS ou MASTODON)");
        assertThat(faults.faults()).anySatisfy(f -> assertThat(f).contains("ligne " + lineOf(text, "post.week.1"))
                .contains("Myspace"));
        assertThat(CampaignLoader.read("c.properties", CampaignFile.parse("x", shipped)
                .with(Map.of("networks", "x bluesky"))).posts().networks()).containsExactly("X", "BLUESKY");
        assertThat(Editions.shipped().year(2020).posts().networks()).as("2020 lists none: its four").isEmpty();
    }
}
