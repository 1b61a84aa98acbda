package qc.trousse.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key exists in French and English, and every key the code names exists; prints paste-ready lines. */
class MessageBundlesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties fr = load("fr");
        Properties en = load("en");
        Set<String> missingInEn = new TreeSet<>(fr.stringPropertyNames());
        missingInEn.removeAll(en.stringPropertyNames());
        Set<String> missingInFr = new TreeSet<>(en.stringPropertyNames());
        missingInFr.removeAll(fr.stringPropertyNames());
        missingInEn.forEach(k -> System.err.println("messages_en.properties lacks: " + k + "=" + fr.getProperty(k)));
        missingInFr.forEach(k -> System.err.println("messages_fr.properties lacks: " + k + "=" + en.getProperty(k)));
        assertThat(missingInEn).as("keys missing in English").isEmpty();
        assertThat(missingInFr).as("keys missing in French").isEmpty();
        assertThat(fr.stringPropertyNames()).allSatisfy(k -> assertThat(fr.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyMessageKeyNamedInTheCodeExists() throws IOException {
        Properties fr = load("fr");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (looksLikeMessageKey(key) && !fr.containsKey(key) && !counted(fr, key)) {
                        missing.add(key + "   (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but absent from messages_fr.properties").isEmpty();
    }

    /** A key given to I18n.count names a pair: key.one and key.other. */
    private static boolean counted(Properties p, String key) {
        return p.containsKey(key + ".one") && p.containsKey(key + ".other");
    }

    private static final Pattern COUNTED_IN_CODE = Pattern.compile("\\bcount\\((?:Lang\\.[A-Z]+, |lang, |of, )?\"([a-z][A-Za-z0-9.]+)\"");

    @Test
    void everyKeyCountedInTheCodeHasItsSingularAndItsPluralInBothLanguages() throws IOException {
        Properties fr = load("fr");
        Properties en = load("en");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = COUNTED_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!counted(fr, m.group(1)) || !counted(en, m.group(1))) {
                        missing.add(m.group(1) + "   (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(10);
        assertThat(missing).as("counted keys without .one and .other in both languages").isEmpty();
    }

    /** Literal strings that are message keys start with a known screen prefix; file names and ids do not. */
    private static boolean looksLikeMessageKey(String s) {
        return Stream.of("menu.", "nav.", "startup.", "profile.", "home.", "store.", "open.", "status.", "validation.",
                "image.", "cli.", "dialog.", "file.type.", "edit.").anyMatch(s::startsWith) && !s.endsWith(".");
    }
}
