package qc.trousse.gestures;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GestureTemplatesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 19);

    @Test
    void certificateCeremonyStepsAreDatedBackFromTheDay() {
        I18n.setLanguage(Lang.FR);
        List<ChecklistItem> items = GestureTemplates.checklist(Editions.shipped().year(2020), "certificate", "Julie");
        assertThat(items).extracting(ChecklistItem::offsetDays).containsExactly(-7, -7, -3, -1, 0, 0);
        assertThat(items).extracting(i -> i.dueOn(WEDNESDAY)).containsExactly(
                LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 16),
                LocalDate.of(2020, 2, 18), WEDNESDAY, WEDNESDAY);
        assertThat(items.get(0).label()).isEqualTo("Choisir la personne ou l’organisme à honorer");
        assertThat(items.get(3).label()).isEqualTo("Imprimer le certificat");
        assertThat(items).allMatch(i -> i.owner().equals("Julie") && !i.done());
    }

    @Test
    void everyFlyerGestureHasAPrefilledChecklistInBothLanguages() {
        for (String id : List.of("certificate", "thanks", "ribbon", "encouragement", "cocktail")) {
            List<ChecklistItem> items = GestureTemplates.checklist(Editions.shipped().year(2020), id, "");
            assertThat(items).as(id).hasSizeGreaterThanOrEqualTo(5);
            for (Lang lang : Lang.values()) {
                I18n.setLanguage(lang);
                assertThat(items).allMatch(i -> !i.label().startsWith("!"));
            }
        }
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void customGesturesStartEmpty() {
        assertThat(GestureTemplates.checklist(Editions.shipped().year(2020), "custom:4", "Julie")).isEmpty();
    }

    @Test
    void aRewordedItemKeepsItsWordsInEveryLanguage() {
        ChecklistItem item = GestureTemplates.checklist(Editions.shipped().year(2020), "ribbon", "").get(0).withText("Passer prendre les rubans");
        I18n.setLanguage(Lang.EN);
        assertThat(item.label()).isEqualTo("Passer prendre les rubans");
        I18n.setLanguage(Lang.FR);
    }
}
