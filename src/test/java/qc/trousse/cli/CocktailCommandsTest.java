package qc.trousse.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cocktail commands run in-process on a real file, as a script would run them. */
class CocktailCommandsTest {
    @TempDir
    Path dir;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fill() throws Exception {
        I18n.setLanguage(Lang.FR);
        data = dir.resolve("trousse.db");
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.office().update("region", p -> p.withRegion("Bas-Saint-Laurent").withMnaName("Harold LeBel"));
            s.cocktail().update("departurePlace", e -> e.withDeparturePlace("Rimouski"));
            Guest g = s.guests().add(Guest.named("Marie-Ève Tremblay").withOrganisation("École Paul-Hubert"));
            s.guests().setRsvp(g.id(), RsvpState.CONFIRMED);
            s.guests().add(Guest.named("ᐃᓄᒃᑎᑐᑦ Qinuajuak"));
        }
    }

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private int run(String... args) throws UsageException {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(GlobalOptions.parse(all.toArray(String[]::new)));
    }

    @Test
    void showTellsTheTripAndTheAnswers() throws Exception {
        assertThat(run("cocktail", "show")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        // Bas-Saint-Laurent: 3:30 road; 17:00 − 0:45 − 3:30 = 12:45
        assertThat(text).contains("mardi 18 février 2020, de 17:00 à 19:00", "Départ\u00a0: 12:45 de Rimouski",
                "sans réponse 1", "confirmés 1", "Aucun conflit");
    }

    @Test
    void icsIsWrittenAndKeepsItsUidsFromOneExportToTheNext() throws Exception {
        Path first = dir.resolve("a.ics");
        Path second = dir.resolve("b.ics");
        assertThat(run("cocktail", "ics", "--out", first.toString(), "--week")).isZero();
        assertThat(run("cocktail", "ics", "--out", second.toString(), "--week")).isZero();
        ICalendar a = Biweekly.parse(first.toFile()).first();
        ICalendar b = Biweekly.parse(second.toFile()).first();
        assertThat(a.getEvents()).hasSize(3);
        assertThat(a.getEvents()).extracting(e -> e.getUid().getValue())
                .isEqualTo(b.getEvents().stream().map(e -> e.getUid().getValue()).toList());
        assertThat(Files.readString(first)).contains("DTSTART;TZID=America/Toronto:20200218T170000\r\n",
                "BEGIN:VTIMEZONE");
    }

    @Test
    void printWritesTheBadgesOfTheConfirmedGuests() throws Exception {
        Path pdf = dir.resolve("badges.pdf");
        assertThat(run("cocktail", "print", "--what", "badges", "--out", pdf.toString(), "--confirmed")).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Marie-Ève", "École Paul-Hubert").doesNotContain("ᐃᓄᒃᑎᑐᑦ");
        }
        Path all = dir.resolve("door.pdf");
        assertThat(run("cocktail", "print", "--what", "guests", "--out", all.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(all.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("ᐃᓄᒃᑎᑐᑦ Qinuajuak");
        }
    }

    @Test
    void badCommandLinesGetOneLineInTheUsersLanguage() throws Exception {
        assertThat(run("cocktail", "print", "--what", "flyers", "--out", "x.pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Document inconnu\u00a0: flyers");
        err.reset();
        assertThat(run("cocktail", "ics")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(1);
        I18n.setLanguage(Lang.EN);
        err.reset();
        assertThat(run("cocktail", "print", "--what", "flyers", "--out", "x.pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown document: flyers");
    }

    @Test
    void nobodyToPrintIsAPlainFailureAndNoFile() throws Exception {
        Path pdf = dir.resolve("none.pdf");
        assertThat(run("cocktail", "print", "--what", "badges", "--out", pdf.toString(), "--confirmed")).isZero();
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.guests().all().forEach(g -> s.guests().delete(g.id()));
        }
        Path empty = dir.resolve("empty.pdf");
        assertThat(run("cocktail", "print", "--what", "badges", "--out", empty.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Aucun invité à imprimer.");
        assertThat(empty).doesNotExist();
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
}
