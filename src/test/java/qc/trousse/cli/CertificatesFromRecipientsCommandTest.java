package qc.trousse.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `certificates pdf` and `certificates print` take the recipients from the data file, run in-process. */
class CertificatesFromRecipientsCommandTest {
    private static final List<String> NAMES = List.of("Amélie D’Astous-Bélanger", "ᐃᓄᒃᑎᑐᑦ Qullialuk",
            "Ἀλέξανδρος Παπαδόπουλος", "Innu-aimun Uashat mak Mani-utenam");
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void recipients() throws Exception {
        data = dir.resolve("bureau.db");
        try (Session s = session()) {
            s.recipients().importAll(NAMES.stream()
                    .map(n -> Recipient.of(RecipientKind.PERSON, n, "Persévérance", LocalDate.of(2020, 2, 19)))
                    .toList());
            // The last one was printed already.
            Recipient last = s.recipients().all().get(3);
            s.recipients().markPrinted(List.of(last.id()), Instant.parse("2020-02-18T14:00:00Z"));
        }
    }

    private Session session() throws Exception {
        return new Session(DataFile.open(data), Editions.shipped(), Ridings.load());
    }

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
        return CliRun.of(all);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aFileWhoseProfileLacksTheMnaIsToldBeforeItsCertificatesAreWritten() {
        Path pdf = dir.resolve("sans-profil.pdf");
        CliRun run = run("certificates", "pdf", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue("! Le profil du bureau ne donne pas encore le nom du ou "
                + "de la député·e, la circonscription, la signature : ces champs resteront vides sur chaque certificat.");
    }

    @Test
    void pdfHasAPagePerRecipientOfTheFileAndMarksNothing() throws Exception {
        Path pdf = dir.resolve("tous.pdf");
        CliRun run = run("certificates", "pdf", "--out", pdf.toString(), "--paper", "a4");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 certificats écrits");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(text(pdf).lines()).containsAll(NAMES);
        try (Session s = session()) {
            assertThat(s.recipients().all()).filteredOn(r -> r.state() == RecipientState.PRINTED).hasSize(1);
        }
    }

    @Test
    void onlyUnprintedLeavesOutThePrintedOneAndEachWritesAFileApiece() throws Exception {
        Path pdf = dir.resolve("reste.pdf");
        CliRun run = run("certificates", "pdf", "--out", pdf.toString(), "--only-unprinted");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(text(pdf).lines()).containsAll(NAMES.subList(0, 3)).doesNotContain(NAMES.get(3));

        Path folder = dir.resolve("un par personne");
        run = run("certificates", "pdf", "--each", folder.toString(), "--only-unprinted");
        assertThat(run.exit()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "Amélie D’Astous-Bélanger.pdf", "ᐃᓄᒃᑎᑐᑦ Qullialuk.pdf", "Ἀλέξανδρος Παπαδόπουλος.pdf");
        }
    }

    @Test
    void aNameStillMakesOneCertificateOnTheSpot() throws Exception {
        Path pdf = dir.resolve("un.pdf");
        CliRun run = run("certificates", "pdf", "--out", pdf.toString(), "--name", "Zoé Lemaître-Bœuf",
                "--reason", "Bénévole");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(text(pdf).lines()).contains("Zoé Lemaître-Bœuf").doesNotContain(NAMES.get(0));
    }

    @Test
    void anUnknownPrinterIsOneLineExitOneAndNothingIsMarked() throws Exception {
        CliRun run = run("certificates", "print", "--printer", "Imprimante-Fantôme", "--only-unprinted");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Imprimante-Fantôme").hasLineCount(1).doesNotContain("Exception");
        try (Session s = session()) {
            assertThat(s.recipients().all()).filteredOn(r -> r.state() == RecipientState.PRINTED).hasSize(1);
        }
    }

    @Test
    void nothingLeftToPrintIsSaid() throws Exception {
        try (Session s = session()) {
            s.recipients().markPrinted(s.recipients().all().stream().map(Recipient::id).toList(), Instant.now());
        }
        CliRun run = run("certificates", "print", "--only-unprinted");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("déjà imprimés").hasLineCount(1);
    }
}
