package qc.trousse.pdf;

import org.apache.xmpbox.DateConverter;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * The XMP packet serialised once, with tokens where a document's own values go, then filled per document. A batch
 * of one PDF per person wrote a quarter of its time building and serialising the same packet (the serialiser makes
 * a new XML document builder and transformer each time); filling a string is nothing beside that. The filled packet
 * is byte for byte the one the serialiser would write (text escaped as it escapes it), which a test checks.
 */
final class XmpTemplate {
    static final String TITLE = "TrousseXmpTitle7f3a";
    static final String AUTHOR = "TrousseXmpAuthor7f3a";
    static final String SUBJECT = "TrousseXmpSubject7f3a";
    static final String LANG = "TrousseXmpLang7f3a";
    private static final Calendar SENTINEL = sentinel();
    private static final String SENTINEL_DATE = DateConverter.toISO8601(SENTINEL);
    private static final String[] TOKENS = {TITLE, AUTHOR, SUBJECT, LANG, SENTINEL_DATE};
    /** The packet cut at its tokens: text, then which token (an index in TOKENS), text, token… text. */
    private final String[] parts;
    private final int[] tokens;
    /** The date of the last document and its text: a batch writes many files in the same second. */
    private volatile DateText lastDate;

    private record DateText(long millis, String zone, String text) {
    }

    private XmpTemplate(String packet) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        java.util.List<Integer> which = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            int token = -1;
            for (int t = 0; t < TOKENS.length; t++) {
                int i = packet.indexOf(TOKENS[t], from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    token = t;
                }
            }
            if (at < 0) {
                break;
            }
            cut.add(packet.substring(from, at));
            which.add(token);
            from = at + TOKENS[token].length();
        }
        cut.add(packet.substring(from));
        this.parts = cut.toArray(String[]::new);
        this.tokens = which.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Null when a token did not come through the serialiser unchanged: the caller builds the packet itself. */
    static XmpTemplate of(Function<Calendar, byte[]> serialise) {
        String packet = new String(serialise.apply(SENTINEL), StandardCharsets.UTF_8);
        for (String token : TOKENS) {
            if (!packet.contains(token)) {
                return null;
            }
        }
        return new XmpTemplate(packet);
    }

    /** The packet with these values, in one pass over its parts (it was five replacements of the whole text). */
    byte[] fill(String title, String author, String subject, String lang, Calendar now) {
        String[] values = {text(title), text(author), text(subject), text(lang), date(now)};
        StringBuilder out = new StringBuilder(parts.length * 64 + 2048);
        for (int i = 0; i < tokens.length; i++) {
            out.append(parts[i]).append(values[tokens[i]]);
        }
        return out.append(parts[tokens.length]).toString().getBytes(StandardCharsets.UTF_8);
    }

    private String date(Calendar now) {
        DateText last = lastDate;
        long millis = now.getTimeInMillis();
        String zone = now.getTimeZone().getID();
        if (last == null || last.millis() != millis || !last.zone().equals(zone)) {
            last = new DateText(millis, zone, DateConverter.toISO8601(now));
            lastDate = last;
        }
        return last.text();
    }

    /** As the XML serialiser escapes a text node. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Calendar sentinel() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(1903, Calendar.MARCH, 7, 5, 9, 11);
        return c;
    }
}
