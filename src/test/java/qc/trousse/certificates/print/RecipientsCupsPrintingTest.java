package qc.trousse.certificates.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.render.CertificateFieldsFactory;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.Paper;
import qc.trousse.cli.CliRun;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recipients of a real data file printed through the real CUPS queue, and marked printed because it accepted. */
class RecipientsCupsPrintingTest {
    private static final Instant NOW = Instant.parse("2020-02-19T15:30:00Z");
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void queueAndFile() throws Exception {
        CupsQueue.require();
        data = dir.resolve("bureau.db");
        try (Session s = session()) {
            s.recipients().importAll(List.of(
                    Recipient.of(RecipientKind.PERSON, "Amélie D’Astous-Bélanger", "Aide aux devoirs",
                            LocalDate.of(2020, 2, 19)),
                    Recipient.of(RecipientKind.PERSON, "ᐃᓄᒃᑎᑐᑦ Qullialuk", "Tutorat", LocalDate.of(2020, 2, 19)),
                    Recipient.of(RecipientKind.ORGANISATION, "Maison des jeunes", "", LocalDate.of(2020, 2, 19))));
        }
    }

    private Session session() throws Exception {
        return new Session(DataFile.open(data), Editions.shipped(), Ridings.load());
    }

    @Test
    void theQueueTakesTheBatchAndTheRecipientsAreMarkedPrinted() throws Exception {
        String token = "trousse-recipients-" + System.nanoTime();
        try (Session s = session()) {
            RecipientBatch batch = new RecipientBatch(s.recipients(),
                    new CertificateFieldsFactory(s.office(), s.campaign()),
                    new CertificateRenderer(s.certificateDesign().design()), new CertificatePrinter(),
                    Clock.fixed(NOW, ZoneOffset.UTC), Lang.FR);
            List<Recipient> all = s.recipients().all();
            PrintOutcome outcome = batch.printAndMark(all, new PrintRequest(CupsQueue.NAME, Paper.LETTER, 1, token),
                    Progress.NONE);
            assertThat(outcome.accepted()).as(outcome.message()).isTrue();
            assertThat(outcome.pages()).isEqualTo(3);
        }
        try (Session s = session()) {
            assertThat(s.recipients().all()).allSatisfy(r -> {
                assertThat(r.state()).isEqualTo(RecipientState.PRINTED);
                assertThat(r.printedAt()).isEqualTo(NOW);
            });
        }
        try (PDDocument printed = CupsQueue.awaitOutput(token, Duration.ofSeconds(90))) {
            assertThat(printed.getNumberOfPages()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(PagesCompare.ink(printed, i)).as("page %d has ink", i + 1).isGreaterThan(10);
            }
        }
    }

    @Test
    void theHeadlessCommandPrintsTheUnprintedOnesAndMarksThem() throws Exception {
        CliRun run = CliRun.of("--data", data.toString(), "certificates", "print", "--printer", CupsQueue.NAME,
                "--only-unprinted");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 pages envoyées").contains("3 récipiendaires marqués");
        try (Session s = session()) {
            assertThat(s.recipients().all()).allSatisfy(r -> assertThat(r.printedAt()).isNotNull());
        }
        run = CliRun.of("--data", data.toString(), "certificates", "print", "--printer", CupsQueue.NAME,
                "--only-unprinted");
        assertThat(run.exit()).isEqualTo(1);
    }
}
