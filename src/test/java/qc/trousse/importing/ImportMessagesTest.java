package qc.trousse.importing;

import org.junit.jupiter.api.Test;
import qc.trousse.certificates.RecipientColumns;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The import and recipients texts exist in both languages, and the French follows Québec typography. */
class ImportMessagesTest {
    private static final List<String> PREFIXES = List.of("import.", "recipients.", "cli.recipients.",
            "edit.recipients.", "file.type.table", "file.type.all");

    private static Set<String> keys(Lang lang) {
        ResourceBundle b = I18n.bundle(lang);
        Set<String> keys = new TreeSet<>();
        for (String k : b.keySet()) {
            if (PREFIXES.stream().anyMatch(k::startsWith)) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Test
    void sameKeysInFrenchAndEnglish() {
        assertThat(keys(Lang.FR)).isEqualTo(keys(Lang.EN)).isNotEmpty();
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        List<String> built = new ArrayList<>();
        for (RecipientKind k : RecipientKind.values()) {
            built.add(k.labelKey());
        }
        for (RecipientState s : RecipientState.values()) {
            built.add(s.labelKey());
        }
        for (TargetField f : new RecipientColumns(java.time.LocalDate.MIN).fields()) {
            built.add(f.labelKey());
        }
        for (Delimiter d : Delimiter.values()) {
            built.add(d.labelKey());
        }
        assertThat(keys(Lang.FR)).containsAll(built);
    }

    /** Keys written whole in the code (not built from a value) exist in both bundles. */
    @Test
    void everyKeyNamedInTheCodeExists() throws Exception {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile(
                "\"((?:import|recipients|cli\\.recipients|edit\\.recipients|file\\.type)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> named = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/qc/trousse"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = literal.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        for (Lang lang : Lang.values()) {
            Set<String> keys = I18n.bundle(lang).keySet();
            // a counted key (I18n.count) exists as key.one and key.other
            assertThat(named).allSatisfy(k -> assertThat(keys.contains(k) || keys.contains(k + ".one")
                    && keys.contains(k + ".other")).as(lang + " " + k).isTrue());
        }
    }

    @Test
    void frenchUsesNoBreakSpacesBeforeColonsAndInsideGuillemets() {
        ResourceBundle fr = I18n.bundle(Lang.FR);
        for (String key : keys(Lang.FR)) {
            String v = fr.getString(key);
            assertThat(v).as(key).doesNotContain(" :").doesNotContain("« ").doesNotContain(" »")
                    .doesNotContain(" ;");
        }
    }
}
