package qc.trousse.campaign;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition is data: no string literal under src/main/java names a year of the campaign's era, a date of a
 * week or an edition's file, and no code builds a date of one (LocalDate.of(2020, …)). Comments may give examples.
 * The one exception is the schema step that records 2020 in files made before editions existed: a fact of history.
 */
class NoEditionInCodeTest {
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20[12]\\d(?!\\d)|jps-?20|jps[^\"]*\\.properties\"");
    private static final Pattern DATE_OF = Pattern.compile("(LocalDate|Year|YearMonth)\\.of\\(\\s*20[12]\\d");
    private static final Pattern MIGRATION_RECORD = Pattern.compile("INSERT INTO edition\\(id, year, campaign\\)");

    @Test
    void noStringLiteralOrDateInTheCodeNamesAnEdition() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i);
                    if (code.strip().startsWith("*") || code.strip().startsWith("/*") || code.strip().startsWith("//")
                            || MIGRATION_RECORD.matcher(code).find()) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(code);
                    while (literal.find()) {
                        if (YEAR.matcher(literal.group()).find()) {
                            found.add(file + ":" + (i + 1) + " " + literal.group());
                        }
                    }
                    if (DATE_OF.matcher(code).find()) {
                        found.add(file + ":" + (i + 1) + " " + code.strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesAYearInALiteralAndADateBuiltInCode() {
        assertThat(LITERAL.matcher("x = \"#JPS2027\";").results().anyMatch(m -> YEAR.matcher(m.group()).find()))
                .isTrue();
        assertThat(DATE_OF.matcher("LocalDate.of(2020, 2, 17)").find()).isTrue();
        assertThat(LITERAL.matcher("x = \"H:mm\";").results().anyMatch(m -> YEAR.matcher(m.group()).find()))
                .isFalse();
    }
}
