package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.report.WeekFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.trousse.report.WeekReportPdfTest.text;

/** `report` run in-process on a real file: a real PDF in the language asked for, or one plain line. */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void fill() {
        data = dir.resolve("semaine.db");
        WeekFile.fill(data);
    }

    @Test
    void writesTheReportInTheLanguageOfTheCommandLine() throws IOException {
        Path pdf = dir.resolve("bilan.pdf");
        CliRun run = CliRun.of("--data", data.toString(), "report", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bilan enregistré", pdf.toString());
        assertThat(text(pdf)).contains("Bilan de la semaine", "Harold LeBel, député de Rimouski",
                "Port du ruban vert et blanc", "Marc D'Amours", "Gérard D’Amours-Lévesque",
                WeekFile.SYLLABICS + " Qaunnaq", "Kanien'kehá:ka Onkwehón:we", "Aucune publication marquée publiée.",
                "Aucun certificat remis.", "3 personnes attendues, 2 présentes");
        assertThat(text(pdf)).doesNotContain("Luc Bérubé", "Marie-Ève Tremblay", "Remerciement");
    }

    @Test
    void reportLanguageCanDifferFromTheMessages() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        CliRun run = CliRun.of("--data", data.toString(), "report", "--out", pdf.toString(), "--report-lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bilan enregistré");
        assertThat(text(pdf)).contains("Report on the week", "Member of the National Assembly for Rimouski",
                "Certificate of recognition ceremony", "No post marked published.");
        CliRun english = CliRun.of("--lang", "en", "--data", data.toString(), "report", "--out",
                dir.resolve("en.pdf").toString());
        assertThat(english.out()).contains("Report saved");
        assertThat(text(dir.resolve("en.pdf"))).contains("Report on the week");
    }

    @Test
    void aMissingFolderIsOneLineAndExitOne() {
        Path pdf = dir.resolve("nowhere").resolve("bilan.pdf");
        CliRun run = CliRun.of("--data", data.toString(), "report", "--out", pdf.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Le dossier " + dir.resolve("nowhere")
                + " n’existe pas\u00a0: " + pdf + " n’a pas été écrit. Créez-le ou choisissez un autre dossier.");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void badLanguageOrMissingOutIsAUsageError() {
        assertThat(CliRun.of("--data", data.toString(), "report", "--report-lang", "de", "--out", "x.pdf").exit())
                .isEqualTo(2);
        CliRun missing = CliRun.of("--data", data.toString(), "report");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--out").hasLineCount(1);
    }

    @Test
    void helpListsTheCommand() {
        assertThat(CliRun.of("--help").out()).contains("report", "--report-lang");
    }
}
