package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One edition of the Journées de la persévérance scolaire, as the flyer states it. */
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
        Localized cocktailPlace) {

    public Campaign {
        keyMessages = List.copyOf(keyMessages);
        families = List.copyOf(families);
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
