package qc.trousse.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.edit.EditHistory;
import qc.trousse.store.DataFile;
import qc.trousse.store.RecipientRepository;
import qc.trousse.store.StoreException;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recipients on a real SQLite file: every edit saved, undone and redone in the file. */
class RecipientServiceTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;
    private DataFile file;
    private EditHistory history;
    private RecipientService service;

    @BeforeEach
    void open() throws Exception {
        file = DataFile.open(dir.resolve("recipients.db"));
        history = new EditHistory();
        service = new RecipientService(new RecipientRepository(file), history);
    }

    @AfterEach
    void close() {
        file.close();
    }

    /** What another window would see: a fresh read of the file. */
    private List<Recipient> inFile() throws Exception {
        return new RecipientRepository(file).all();
    }

    @Test
    void addEditDeleteAreSavedAndUndoable() throws Exception {
        Recipient lea = service.add(Recipient.of(RecipientKind.PERSON, "Léa Kanien'kehá:ka", "Mentore", TUESDAY));
        assertThat(lea.id()).isPositive();
        assertThat(inFile()).containsExactly(lea);

        Recipient renamed = new Recipient(lea.id(), lea.kind(), "ᐃᓄᒃᑎᑐᑦ Léa", "Mentore 🙂", lea.date(), "gesture-1",
                RecipientState.PRESENTED, null);
        service.update(renamed);
        assertThat(inFile()).containsExactly(renamed);
        history.undo();
        assertThat(inFile()).containsExactly(lea);
        history.redo();
        assertThat(inFile()).containsExactly(renamed);

        service.delete(List.of(lea.id()));
        assertThat(inFile()).isEmpty();
        assertThat(history.undoKey()).contains("edit.recipients.delete");
        history.undo();
        assertThat(inFile()).containsExactly(renamed);
        assertThat(service.all()).containsExactly(renamed);
    }

    @Test
    void anImportIsOneTransactionAndOneUndoStep() throws Exception {
        List<Recipient> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Recipient.of(RecipientKind.PERSON, "Élève " + i, "Persévérance", TUESDAY));
        }
        long start = System.nanoTime();
        assertThat(service.importAll(rows)).isEqualTo(10_000);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("10,000 rows saved in %d ms", ms).isLessThan(5_000);
        assertThat(inFile()).hasSize(10_000);
        assertThat(history.undoKey()).contains("edit.recipients.import");
        history.undo();
        assertThat(inFile()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(inFile()).hasSize(10_000).first().extracting(Recipient::name).isEqualTo("Élève 0");
    }

    @Test
    void anImportWrittenOffTheWindowThreadIsThenOneUndoStep() throws Exception {
        RecipientService.WrittenImport written = service.write(List.of(
                Recipient.of(RecipientKind.PERSON, "Zoé", "", TUESDAY), Recipient.of(RecipientKind.PERSON, "Léa", "", TUESDAY)));
        assertThat(inFile()).hasSize(2);
        assertThat(history.canUndo()).isFalse();
        assertThat(service.record(written)).isEqualTo(2);
        assertThat(service.all()).hasSize(2);
        assertThat(inFile()).hasSize(2);
        history.undo();
        assertThat(inFile()).isEmpty();
        history.redo();
        assertThat(inFile()).extracting(Recipient::id).containsExactlyElementsOf(
                written.saved().stream().map(Recipient::id).toList());
    }

    @Test
    void aFailureMidImportLeavesNothing() throws Exception {
        service.add(Recipient.of(RecipientKind.PERSON, "Déjà là", "", TUESDAY));
        List<Recipient> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(Recipient.of(RecipientKind.PERSON, "Élève " + i, "", TUESDAY));
        }
        // The file refuses a blank name (CHECK constraint): row 2,501 fails after 2,500 were written.
        rows.add(2_500, Recipient.of(RecipientKind.PERSON, "   ", "", TUESDAY));
        assertThatThrownBy(() -> service.importAll(rows)).isInstanceOf(StoreException.class);
        assertThat(inFile()).extracting(Recipient::name).containsExactly("Déjà là");
        assertThat(service.all()).hasSize(1);
        assertThat(history.undoKey()).contains("edit.recipients.add");
    }

    @Test
    void markPrintedMarksSeveralAtOnceAndAKeepsThePrintWhenAnEarlierEditIsUndone() throws Exception {
        Recipient a = service.add(Recipient.of(RecipientKind.PERSON, "Anaïs", "", TUESDAY));
        Recipient b = service.add(Recipient.of(RecipientKind.ORGANISATION, "Club Optimiste", "", TUESDAY));
        Recipient c = service.add(Recipient.of(RecipientKind.PERSON, "Zoé", "", TUESDAY));
        service.update(new Recipient(a.id(), a.kind(), "Anaïs Côté", "", TUESDAY, "", a.state(), null));
        Instant when = Instant.parse("2020-02-18T14:30:00Z");
        assertThat(service.markPrinted(List.of(a.id(), b.id(), 999L), when)).isEqualTo(2);
        assertThat(inFile()).extracting(Recipient::state)
                .containsExactly(RecipientState.PRINTED, RecipientState.PRINTED, RecipientState.TO_PRINT);
        assertThat(inFile().get(0).printedAt()).isEqualTo(when);
        assertThat(service.find(c.id()).orElseThrow().printedAt()).isNull();
        // Undoing the rename does not forget that the certificate was printed.
        history.undo();
        assertThat(inFile().get(0).name()).isEqualTo("Anaïs");
        assertThat(inFile().get(0).state()).isEqualTo(RecipientState.PRINTED);
        assertThat(inFile().get(0).printedAt()).isEqualTo(when);
    }

    @Test
    void recipientsSurviveClosingAndReopeningTheFile() throws Exception {
        service.importAll(List.of(Recipient.of(RecipientKind.PERSON, "Nguyễn Thị Minh Khai", "Mentore", TUESDAY),
                Recipient.of(RecipientKind.ORGANISATION, "Maison des jeunes L’Escale", "Accueil", TUESDAY)));
        file.close();
        file = DataFile.open(dir.resolve("recipients.db"));
        RecipientService reopened = new RecipientService(new RecipientRepository(file), new EditHistory());
        assertThat(reopened.all()).extracting(Recipient::name)
                .containsExactly("Nguyễn Thị Minh Khai", "Maison des jeunes L’Escale");
    }

    @Test
    void theDefaultDateIsTodayDuringTheWeekElseItsFirstDay() {
        var campaign = Editions.shipped().year(2020);
        assertThat(RecipientService.defaultDate(campaign, TUESDAY)).isEqualTo(TUESDAY);
        assertThat(RecipientService.defaultDate(campaign, LocalDate.of(2026, 11, 28)))
                .isEqualTo(LocalDate.of(2020, 2, 17));
    }
}
