package qc.trousse.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** The separators a CSV uses: French Excel writes `;`, English Excel `,`, "Texte Unicode" a tab. */
public enum Delimiter {
    SEMICOLON(';', "import.delimiter.semicolon"),
    COMMA(',', "import.delimiter.comma"),
    TAB('\t', "import.delimiter.tab");

    private static final int SAMPLE_RECORDS = 50;
    private final char character;
    private final String labelKey;

    Delimiter(char character, String labelKey) {
        this.character = character;
        this.labelKey = labelKey;
    }

    public char character() {
        return character;
    }

    public String labelKey() {
        return labelKey;
    }

    CSVFormat format() {
        // Excel tolerates a quote left open to the end of the file; we refuse it, as it swallows every row after it.
        return CSVFormat.EXCEL.builder().setDelimiter(character).setLenientEof(false).get();
    }

    /**
     * Parses the start of the text with each separator (quotes respected, by the CSV library) and keeps the
     * one that splits the header into most columns while the rows agree with it.
     */
    static Delimiter detect(String text) {
        Delimiter best = SEMICOLON;
        double bestScore = 0;
        for (Delimiter d : values()) {
            double score = d.score(text);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private double score(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format())) {
            Iterator<CSVRecord> records = parser.iterator();
            int header = 0;
            int rows = 0;
            int agreeing = 0;
            while (records.hasNext() && rows < SAMPLE_RECORDS) {
                CSVRecord r = records.next();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (header == 0) {
                    header = r.size();
                } else {
                    rows++;
                    agreeing += r.size() == header ? 1 : 0;
                }
            }
            if (header < 2) {
                return 0;
            }
            double agreement = rows == 0 ? 1 : (double) agreeing / rows;
            return header * agreement;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unclosed quote with this separator: it is not the file's separator.
            return 0;
        }
    }
}
