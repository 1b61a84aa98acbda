package qc.trousse.ui.importing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.Corpus;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.certificates.RecipientsViewModel;
import qc.trousse.ui.task.DirectExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared import screen's model, over a real file, the real parsers and the recipients as its target. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> outcomes = new ArrayList<>();
    private RecipientsViewModel recipients;
    private ImportViewModel<Recipient> importer;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("import.db")), Editions.shipped(), Ridings.load());
        // The recipients' screen gives the shared import its real target: the recipients of the file.
        recipients = new RecipientsViewModel(session.recipients(), session.campaign(), dialogs, new DirectExecutor(),
                WindowFixture.CAMPAIGN_MONDAY);
        recipients.message().addListener((o, a, b) -> outcomes.add(b));
        importer = recipients.importer();
    }

    @AfterEach
    void close() {
        recipients.dispose();
        session.close();
    }

    private Path list() {
        return Corpus.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "Nom;Raison;Date\nLéa Roy;Mentorat;2020-02-18\n;Sans nom;2020-02-18\nNoah Côté;Lecture;2020-02-19\n");
    }

    @Test
    void aChosenFileIsPreviewedWithItsGoodAndBadRowsBeforeAnythingIsSaved() {
        dialogs.files.add(list());
        importer.chooseFile();
        assertThat(importer.active().get()).isTrue();
        assertThat(importer.reading().get()).isFalse();
        assertThat(importer.fileName().get()).isEqualTo("liste.csv");
        assertThat(importer.detected().get()).contains("point-virgule");
        assertThat(importer.rows().goodRows()).extracting(g -> g.value().name()).containsExactly("Léa Roy", "Noah Côté");
        assertThat(importer.rows().badRows()).singleElement().asString().contains("3");
        assertThat(importer.rows().canImport().get()).isTrue();
        assertThat(session.recipients().all()).as("a preview saves nothing").isEmpty();
    }

    @Test
    void importingWritesTheGoodRowsAsOneUndoStepAndSaysHowManyFromWhichFile() {
        importer.load(list());
        importer.importRows();
        assertThat(session.recipients().all()).extracting(Recipient::name).containsExactly("Léa Roy", "Noah Côté");
        assertThat(recipients.message().get()).contains("2").contains("liste.csv");
        assertThat(importer.active().get()).as("the screen closes once imported").isFalse();
        session.history().undo();
        assertThat(session.recipients().all()).isEmpty();
    }

    @Test
    void theSameListASecondTimeIsNoticedBeforeImporting() {
        importer.load(list());
        importer.importRows();
        importer.load(list());
        assertThat(importer.rows().already().get()).contains("2");
    }

    @Test
    void closingThePreviewSavesNothing() {
        importer.load(list());
        importer.close();
        assertThat(importer.active().get()).isFalse();
        assertThat(importer.rows().goodRows()).isEmpty();
        assertThat(session.recipients().all()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aFileThatIsNotAListGetsOneSentenceNamingItAndChangesNothing() throws Exception {
        Path notes = dir.resolve("photo.xlsx");
        Files.write(notes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        importer.load(notes);
        assertThat(dialogs.errors).singleElement().asString().contains("photo.xlsx").doesNotContain("Exception");
        assertThat(importer.active().get()).isFalse();
        assertThat(session.recipients().all()).isEmpty();
    }

    @Test
    void aWriteThatFailsIsSaidAndTheRowsStayInThePreview() {
        importer.load(list());
        session.file().close();
        importer.importRows();
        assertThat(dialogs.errors).singleElement().asString().contains("liste.csv");
        assertThat(importer.active().get()).isTrue();
        assertThat(importer.writing().get()).isFalse();
        assertThat(importer.rows().goodRows()).hasSize(2);
        assertThat(outcomes).isEmpty();
    }

    @Test
    void columnsAreNamedAsExcelNamesThem() {
        assertThat(ColumnChoice.letters(0)).isEqualTo("A");
        assertThat(ColumnChoice.letters(25)).isEqualTo("Z");
        assertThat(ColumnChoice.letters(26)).isEqualTo("AA");
        assertThat(ColumnChoice.letters(701)).isEqualTo("ZZ");
        assertThat(ColumnChoice.letters(702)).isEqualTo("AAA");
    }
}
