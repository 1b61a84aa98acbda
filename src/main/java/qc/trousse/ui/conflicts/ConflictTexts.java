package qc.trousse.ui.conflicts;

import qc.trousse.i18n.I18n;

import java.util.Collection;
import java.util.Map;

/** How a field and its values read in the merge dialog: the field's name in the user's language, plain values. */
final class ConflictTexts {
    private ConflictTexts() {
    }

    /** "Nom", "Nombre de personnes"…; a field without a label of its own shows its name as the store has it. */
    static String field(String name) {
        String key = "merge.field." + name;
        String text = I18n.tr(key);
        return text.equals("!" + key + "!") ? name : text;
    }

    static String value(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return I18n.tr("merge.value.empty");
        }
        if (value instanceof Boolean b) {
            return I18n.tr(b ? "merge.value.yes" : "merge.value.no");
        }
        if (value instanceof Enum<?> e) {
            String key = "merge.value." + e.name();
            String text = I18n.tr(key);
            return text.equals("!" + key + "!") ? e.name() : text;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? I18n.tr("merge.value.empty")
                    : String.join(", ", list.stream().map(ConflictTexts::value).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return I18n.tr("merge.value.entries", map.size());
        }
        return String.valueOf(value);
    }

    /**
     * The text of a key naming the colleague: « Version de Rosalie », or its own wording when the store cannot name
     * them (« Version d’un collègue »: French elides, so it is a key of its own, {@code key.anyone}).
     */
    static String naming(String key, String name, Object... more) {
        boolean anyone = name == null || name.isBlank();
        Object[] args = new Object[more.length + 1];
        args[0] = anyone ? I18n.tr("merge.colleague") : name;
        System.arraycopy(more, 0, args, 1, more.length);
        return I18n.tr(anyone ? key + ".anyone" : key, args);
    }

    /**
     * A line that names the colleague when the store knows them ({@code key + "By"}, the name as {0}), else its
     * own anonymous wording ({@code key}): « Marc Roy a supprimé cet élément… », « Un collègue a supprimé… ».
     */
    static String by(String key, String name) {
        return name == null || name.isBlank() ? I18n.tr(key) : I18n.tr(key + "By", name);
    }

    /** The colleague's name, or « un collègue » when the store cannot name who made the change (a data file). */
    static String colleague(String name) {
        return name == null || name.isBlank() ? I18n.tr("merge.colleague") : name;
    }
}
