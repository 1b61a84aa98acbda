package qc.trousse.importing;

import java.util.List;

/**
 * A field a table's column can be mapped to. The aliases are header names, already in the form
 * {@link HeaderNames#normalize} gives, that map to it without asking.
 *
 * @param id        stable name used by the schema ("name", "firstName", "date")
 * @param labelKey  message key of its label in the mapping form
 * @param aliases   recognised header names, normalised
 * @param maxLength longest cell accepted, in characters (code points)
 */
public record TargetField(String id, String labelKey, List<String> aliases, int maxLength) {
    public TargetField {
        aliases = List.copyOf(aliases);
    }
}
