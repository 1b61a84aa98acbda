package qc.trousse.posts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The posts as a CSV a French-locale Excel opens as it is: UTF-8 with a byte order mark (else Excel reads
 * Windows-1252 and garbles accents), ';' between fields, CRLF line ends. One row per version of a post.
 */
public final class PostsCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setRecordSeparator("\r\n").get();

    private PostsCsv() {
    }

    /** As counted with no office setting; see {@link #write(List, OfficeNetworks, OutputStream)}. */
    public static void write(List<Draft> drafts, OutputStream out) throws IOException {
        write(drafts, OfficeNetworks.DEFAULT, out);
    }

    /**
     * Length and limit are the network's own count on the post's day (graphemes on Bluesky, weighted on X,
     * the office's Mastodon limit). The columns stay those of 2020, so a sheet built on them keeps working.
     */
    public static void write(List<Draft> drafts, OfficeNetworks office, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(I18n.tr("posts.csv.day"), I18n.tr("posts.csv.time"), I18n.tr("posts.csv.network"),
                I18n.tr("posts.csv.state"), I18n.tr("posts.csv.length"), I18n.tr("posts.csv.limit"),
                I18n.tr("posts.csv.text"));
        for (Draft d : drafts) {
            for (String text : d.versions()) {
                PostLength l = office.measure(d.network(), text, d.day());
                printer.printRecord(d.day(), d.time(), d.network().label(), I18n.tr(d.state().key()),
                        l.length(), l.limit(), cell(text));
            }
        }
        printer.flush();
    }

    /**
     * Excel reads a cell that starts with = + - or @ as a formula: a post that opens with "@handle" would show
     * #NOM? or run as one. A leading apostrophe makes Excel keep it as text (OWASP's advice for CSV exports).
     */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
