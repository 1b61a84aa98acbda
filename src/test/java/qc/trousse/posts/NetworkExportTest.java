package qc.trousse.posts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.session.Session;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and PDF carry each post's network and its length as that network counts it. */
class NetworkExportTest {
    private static final String FAMILIES = " 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦";
    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    @Test
    void blueskyAndMastodonPostsAreExportedWithTheirOwnCounts() throws Exception {
        Path csv = dir.resolve("posts.csv");
        Path pdf = dir.resolve("posts.pdf");
        String bluesky;
        String mastodon;
        try (Session s = PostFiles.withProfile(dir.resolve("export.db"))) {
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.BLUESKY, Network.MASTODON), 800));
            Draft b = s.posts().create(PostFiles.request("gesture-thanks", Network.BLUESKY, PostFiles.MONDAY));
            bluesky = b.french() + FAMILIES;
            s.posts().editText(b.id(), Lang.FR, bluesky);
            Draft m = s.posts().create(PostFiles.request("gesture-thanks", Network.MASTODON, PostFiles.TUESDAY));
            mastodon = m.french() + " https://journeesperseverancescolaire.com/outils/2020/trousse @jps@piaille.fr";
            s.posts().editText(m.id(), Lang.FR, mastodon);
            PostsExport.write(s.posts(), s.posts().drafts(), csv);
            PostsExport.write(s.posts(), s.posts().drafts(), pdf);
        }
        int graphemes = Tally.graphemes(bluesky);
        assertThat(graphemes).isLessThan(bluesky.length());
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(rows.get(1).values()).startsWith("2020-02-17", "09:30", "Bluesky");
        assertThat(rows.get(1).get(4)).isEqualTo(Integer.toString(graphemes));
        assertThat(rows.get(1).get(5)).isEqualTo("300");
        assertThat(rows.get(2).get(2)).isEqualTo("Mastodon");
        int mastodonLength = OfficeNetworks.DEFAULT.withMastodonLimit(800).measure(Network.MASTODON, mastodon,
                PostFiles.TUESDAY).length();
        assertThat(mastodonLength).as("the URL counts 23, the mention @jps").isLessThan(mastodon.length() - 40);
        assertThat(rows.get(2).get(4)).isEqualTo(Integer.toString(mastodonLength));
        assertThat(rows.get(2).get(5)).isEqualTo("800");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String said = new PDFTextStripper().getText(doc);
            assertThat(said).contains(graphemes + " / 300 graphèmes (Bluesky)",
                    mastodonLength + " / 800 graphèmes (Mastodon)");
        }
    }

    @Test
    void aThreadsPostIsExportedWithItsCharactersAndItsFiveLinksAtMost() throws Exception {
        Path csv = dir.resolve("threads.csv");
        Path pdf = dir.resolve("threads.pdf");
        String links = " https://jps.quebec/1 https://jps.quebec/2 https://jps.quebec/3 https://jps.quebec/4 jps.quebec/5";
        String threads;
        try (Session s = PostFiles.withProfile(dir.resolve("threads.db"))) {
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.THREADS), 0));
            Draft t = s.posts().create(PostFiles.request("gesture-thanks", Network.THREADS, PostFiles.MONDAY));
            threads = t.french() + links;
            s.posts().editText(t.id(), Lang.FR, threads);
            PostsExport.write(s.posts(), s.posts().drafts(), csv);
            PostsExport.write(s.posts(), s.posts().drafts(), pdf);
        }
        PostLength length = OfficeNetworks.DEFAULT.measure(Network.THREADS, threads, PostFiles.MONDAY);
        assertThat(length.links()).isEqualTo(5);
        assertThat(length.fits()).as("five links fit").isTrue();
        assertThat(length.length()).as("every link counts as written").isEqualTo(threads.length());
        assertThat(OfficeNetworks.DEFAULT.measure(Network.THREADS, threads + " https://jps.quebec/6",
                PostFiles.MONDAY).fits()).as("a sixth link is refused").isFalse();
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(rows.get(1).values()).startsWith("2020-02-17", "09:30", "Threads");
        assertThat(rows.get(1).get(4)).isEqualTo(Integer.toString(length.length()));
        assertThat(rows.get(1).get(5)).isEqualTo("500");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(length.length() + " / 500 caractères (Threads)");
        }
    }
}
