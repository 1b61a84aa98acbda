package qc.trousse.posts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {name} placeholders. One without a value is left in the text as typed, so the writer sees the hole,
 * and is listed as missing; it is never replaced by an empty string.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Placeholders() {
    }

    /** The text with its values filled in, and the names still without one. */
    public record Filled(String text, List<String> missing) {
    }

    public static Filled fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        Set<String> missing = new LinkedHashSet<>();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                missing.add(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
            }
        }
        m.appendTail(out);
        return new Filled(out.toString(), List.copyOf(missing));
    }

    /** The placeholders still in a text, for a warning under a draft. */
    public static List<String> left(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
