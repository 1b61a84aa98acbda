package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.GuestCounts;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.cocktail.CocktailViewModel;
import qc.trousse.ui.task.DirectExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest figures on the demo file, read where a person reads them: the cocktail screen, the door list
 * PDF, the report PDF and {@code cocktail show}. One definition, so one number everywhere.
 */
class GuestFiguresAgreeTest {
    private static final Path DEMO = Path.of("assets/demo/semaine-jps-2020.db");
    @TempDir
    Path dir;

    @Test
    void theCocktailScreenTheDoorListTheReportAndTheCommandGiveTheSameFigures() throws Exception {
        Path file = dir.resolve("demo.db");
        Files.copy(DEMO, file);
        GuestCounts counts = withAWalkIn(file);
        assertThat(counts.walkIns()).isEqualTo(1);

        String door = pdfText(run(file, "cocktail", "print", "--what", "guests", "--out", dir.resolve("door.pdf")), "door");
        assertThat(door).contains("personnes attendues : " + counts.expected());

        String report = pdfText(run(file, "report", "--out", dir.resolve("report.pdf")), "report");
        assertThat(report)
                .contains(counts.expected() + " personnes attendues, " + counts.arrived() + " présentes");

        CliRun show = CliRun.of("--data", file.toString(), "cocktail", "show");
        assertThat(plain(show.out())).contains("personnes attendues : " + counts.expected());

        I18n.setLanguage(Lang.FR);
        try (Session s = open(file)) {
            CocktailViewModel screen = new CocktailViewModel(s, new ScriptedDialogs(), new DirectExecutor());
            assertThat(plain(screen.guests().summary().get())).endsWith("personnes attendues : " + counts.expected());
            screen.dispose();
        }
    }

    /** A walk-in at the door: present, not expected, so a figure counted twice would show. */
    private static GuestCounts withAWalkIn(Path file) throws Exception {
        try (Session s = open(file)) {
            s.door().walkIn("Rosalie Gagnon-Picard", "Parents engagés", Instant.parse("2020-02-18T22:10:00Z"));
            return s.door().counts();
        }
    }

    private static Session open(Path file) throws Exception {
        return new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
    }

    private static Path run(Path file, Object... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = file.toString();
        for (int i = 0; i < args.length; i++) {
            all[i + 2] = args[i].toString();
        }
        CliRun r = CliRun.of(all);
        assertThat(r.exit()).as(r.err()).isZero();
        return Path.of(all[all.length - 1]);
    }

    private static String pdfText(Path pdf, String what) throws IOException {
        assertThat(pdf).as(what).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return plain(new PDFTextStripper().getText(doc));
        }
    }

    /** French puts a no-break space before the colon; lines wrap in PDFs: compare words, not spacing. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ");
    }
}
