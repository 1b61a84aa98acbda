package qc.trousse.cocktail;

import qc.trousse.RealService;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an .ics file as other programs do: its physical lines octet by octet (RFC 5545 §3.1), and its events
 * through python3-icalendar, the Debian package, an independent parser.
 */
public final class IcsFiles {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String READER = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                fields = [str(e.get('UID')), str(int(e.get('SEQUENCE'))), str(e.get('SUMMARY')),
                          str(e.get('LOCATION', '')), str(e.get('DESCRIPTION', '')), e.decoded('DTSTART').isoformat()]
                sys.stdout.buffer.write(('\\x1e'.join(f.replace('\\n', '\\\\n') for f in fields) + '\\n').encode('utf-8'))
            """;

    private IcsFiles() {
    }

    /** An event as python3-icalendar read it; newlines in texts are shown as a backslash and n. */
    public record Event(String uid, int sequence, String summary, String location, String description,
                        String start) {
    }

    /** Every physical line ends with CRLF, is at most 75 octets and is whole UTF-8 on its own. */
    public static void assertFoldedByOctets(Path ics) throws IOException {
        byte[] bytes = Files.readAllBytes(ics);
        int start = 0;
        int lines = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("line %d ends with CRLF", lines + 1).isGreaterThan(start);
                assertThat(bytes[i - 1]).as("line %d ends with CRLF", lines + 1).isEqualTo((byte) '\r');
                int length = i - 1 - start;
                assertThat(length).as("octets on line %d of %s", lines + 1, ics.getFileName()).isLessThanOrEqualTo(75);
                decodeStrictly(bytes, start, length, lines + 1);
                start = i + 1;
                lines++;
            }
        }
        assertThat(start).as("the file ends with CRLF").isEqualTo(bytes.length);
        assertThat(lines).isPositive();
    }

    private static void decodeStrictly(byte[] bytes, int from, int length, int line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length));
        } catch (CharacterCodingException e) {
            throw new AssertionError("line " + line + " splits a UTF-8 sequence", e);
        }
    }

    /** The events as python3-icalendar reads them, by UID, in the file's order. */
    public static Map<String, Event> parse(Path ics) throws IOException, InterruptedException {
        RealService.require(RealService.runs(PYTHON, "-c", "import icalendar"), "python3-icalendar");
        Process p = new ProcessBuilder(PYTHON, "-c", READER, ics.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("python3-icalendar read %s: %s", ics, out).isZero();
        Map<String, Event> events = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = new ArrayList<>(List.of(line.split("\u001e", -1)));
            Event e = new Event(f.get(0), Integer.parseInt(f.get(1)), f.get(2), f.get(3), f.get(4), f.get(5));
            events.put(e.uid(), e);
        }
        return events;
    }
}
