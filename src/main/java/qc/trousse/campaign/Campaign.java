package qc.trousse.campaign;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.i18n.Localized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One edition of the Journées de la persévérance scolaire, as its campaign file states it (the 2020 one as the
 * flyer does). Texts that are not announced yet are empty; the screens show them as "à confirmer".
 */
public record Campaign(
        Localized edition,
        String shortName,
        LocalDate start,
        LocalDate end,
        String hashtag,
        String site,
        String spokesperson,
        Localized spokespersonRole,
        Localized slogan,
        Localized call,
        List<Localized> keyMessages,
        List<GestureFamily> families,
        LocalDate cocktailDate,
        Localized cocktailName,
        Localized cocktailPlace,
        EditionFacts facts,
        Map<String, GestureTemplate> templates,
        CampaignPosts posts) {

    public Campaign {
        keyMessages = List.copyOf(keyMessages);
        families = List.copyOf(families);
        templates = Map.copyOf(templates);
    }

    public int year() {
        return facts.year();
    }

    /** The year as text, for file names and sentences ("jps2027-…"), never grouped as a number would be. */
    public String yearText() {
        return String.valueOf(facts.year());
    }

    /** The theme is announced (an empty slogan is not). */
    public boolean themeKnown() {
        return !slogan.fr().isEmpty();
    }

    /**
     * The theme in a language: the official French one where the edition announces none in that language (the
     * reference data gives most themes in French only), so no translation passes for the official theme.
     */
    public String theme(Lang lang) {
        return slogan.in(lang).isEmpty() ? slogan.fr() : slogan.in(lang);
    }

    /**
     * The theme as the window and the commands show it in their language: "à confirmer" when not announced, and
     * the French theme marked as such where the edition gives none in English.
     */
    public String themeShown() {
        if (!themeKnown()) {
            return I18n.tr("edition.toConfirm");
        }
        String own = slogan.current();
        return own.isEmpty() ? I18n.tr("edition.theme.frenchOnly", slogan.fr()) : own;
    }

    /** The usual slot and steps of a gesture of this edition; custom gestures have none. */
    public Optional<GestureTemplate> template(String gestureId) {
        return Optional.ofNullable(templates.get(gestureId));
    }

    /** The campaign days, Monday to Friday. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public List<CatalogueGesture> gestures() {
        return families.stream().flatMap(f -> f.gestures().stream()).toList();
    }

    public Optional<CatalogueGesture> gesture(String id) {
        return gestures().stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
