package qc.trousse.office;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One plain sentence, in the user's language, for a riding that cannot be taken as typed. */
public final class RidingTexts {
    private RidingTexts() {
    }

    /** Why the answer is not a riding of the file's map, naming the riding in force; empty for a found one. */
    public static String refusal(RidingAnswer answer) {
        if (answer instanceof RidingAnswer.Former f) {
            if (f.now().isEmpty()) {
                return I18n.tr("riding.former.none", f.name(), date(f.goneFrom()));
            }
            return I18n.tr(f.now().size() == 1 ? "riding.former.one" : "riding.former.several", f.name(),
                    date(f.goneFrom()), names(f.now()));
        }
        if (answer instanceof RidingAnswer.Later l) {
            if (l.before().isEmpty()) {
                return I18n.tr("riding.later.none", l.name(), date(l.from()), date(l.day()));
            }
            return I18n.tr(l.before().size() == 1 ? "riding.later.one" : "riding.later.several", l.name(),
                    date(l.from()), date(l.day()), names(l.before()));
        }
        if (answer instanceof RidingAnswer.Several s) {
            List<Riding> shown = s.ridings().size() > 5 ? s.ridings().subList(0, 5) : s.ridings();
            return I18n.tr("riding.several", s.typed(), names(shown), s.ridings().size());
        }
        if (answer instanceof RidingAnswer.None n) {
            return I18n.tr("riding.none", n.typed());
        }
        return "";
    }

    /**
     * What the new-edition step says about the office's riding: its new name to confirm, the ridings of a split
     * to choose from, or that it must be chosen on the new map; empty when it keeps its name.
     */
    public static String carry(RidingCarry carry) {
        if (carry.keepsName()) {
            return "";
        }
        String day = date(carry.firstDay());
        if (carry.choices().isEmpty()) {
            return I18n.tr("riding.carry.none", carry.former().name(), day);
        }
        return I18n.tr(carry.proposal().isPresent() ? "riding.carry.one" : "riding.carry.several",
                carry.former().name(), names(carry.choices()), day);
    }

    /** "Anjou–Louis-Riel (nº 366)", or "Bellefeuille (numéro inconnu)" where the map's data has no code. */
    public static String label(Riding riding) {
        return riding.hasCode() ? I18n.tr("profile.riding.chosen", riding.name(), riding.code())
                : I18n.tr("profile.riding.chosenNoCode", riding.name());
    }

    /** "Carte électorale de 2025, en vigueur le 15 février 2027"; empty for a map read on no particular day. */
    public static String map(Ridings ridings) {
        return ridings.day().map(d -> I18n.tr("profile.riding.map", ridings.map(), date(d))).orElse("");
    }

    /** "5 octobre 2026", "1er juillet 2021", "October 5, 2026". */
    static String date(LocalDate d) {
        if (I18n.language() == Lang.EN) {
            return d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Lang.EN.locale()));
        }
        String day = d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth());
        return day + " " + d.format(DateTimeFormatter.ofPattern("MMMM yyyy", Lang.FR.locale()));
    }

    /** "A", "A et B", "A, B et C" ("and" in English). */
    static String names(List<Riding> ridings) {
        List<String> names = ridings.stream().map(Riding::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + I18n.tr("riding.and") + " "
                + names.get(names.size() - 1);
    }
}
