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
    private final String packet;

    private XmpTemplate(String packet) {
        this.packet = packet;
    }

    /** Null when a token did not come through the serialiser unchanged: the caller builds the packet itself. */
    static XmpTemplate of(Function<Calendar, byte[]> serialise) {
        String packet = new String(serialise.apply(SENTINEL), StandardCharsets.UTF_8);
        for (String token : new String[] {TITLE, AUTHOR, SUBJECT, LANG, SENTINEL_DATE}) {
            if (!packet.contains(token)) {
                return null;
            }
        }
        return new XmpTemplate(packet);
    }

    byte[] fill(String title, String author, String subject, String lang, Calendar now) {
        return packet.replace(TITLE, text(title)).replace(AUTHOR, text(author)).replace(SUBJECT, text(subject))
                .replace(LANG, text(lang)).replace(SENTINEL_DATE, DateConverter.toISO8601(now))
                .getBytes(StandardCharsets.UTF_8);
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
