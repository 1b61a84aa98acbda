package qc.trousse.ui.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientColumns;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.importing.Corpus;
import qc.trousse.importing.TableImport;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.importing.ImportViewModel;
import qc.trousse.ui.task.DirectExecutor;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipients screen and its import, driven as plain objects on a real data file. */
class RecipientsViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DirectExecutor executor = new DirectExecutor();
    private RecipientsViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("vm.db")), Editions.shipped(), Ridings.load());
        model = new RecipientsViewModel(session.recipients(), session.campaign(), dialogs, executor,
                WindowFixture.CAMPAIGN_MONDAY);
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void addEditAndDeleteThroughTheForm() {
        assertThat(model.form().date().get()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(model.form().problemText().get()).isEqualTo("Le nom est obligatoire.");
        model.form().name().set("  Léa\n Kanien'kehá:ka  ");
        model.form().reason().set("Bénévole 🙂");
        assertThat(model.save()).isTrue();
        assertThat(model.shown()).extracting(Recipient::name).containsExactly("Léa Kanien'kehá:ka");
        assertThat(model.selected().get().name()).isEqualTo("Léa Kanien'kehá:ka");

        // The recipient selected is saved as each field changes, one undo step per field; "Ajouter" adds no copy.
        model.form().state().set(RecipientState.PRESENTED);
        model.form().kind().set(RecipientKind.ORGANISATION);
        assertThat(session.recipients().all()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(RecipientState.PRESENTED);
            assertThat(r.kind()).isEqualTo(RecipientKind.ORGANISATION);
        });
        assertThat(model.save()).isFalse();
        assertThat(session.recipients().all()).hasSize(1);
        model.form().reason().set("Bénévole 🙂 depuis 2015");
        model.form().reason().set("Bénévole 🙂 depuis 2015 au club");
        assertThat(session.recipients().all()).singleElement().extracting(Recipient::reason)
                .isEqualTo("Bénévole 🙂 depuis 2015 au club");
        session.history().undo();
        assertThat(model.form().reason().get()).as("the typing of one field is one step").isEqualTo("Bénévole 🙂");
        session.history().undo();
        assertThat(model.shown()).singleElement().extracting(Recipient::kind).isEqualTo(RecipientKind.PERSON);
        session.history().undo();
        assertThat(model.shown()).singleElement().extracting(Recipient::state).isEqualTo(RecipientState.TO_PRINT);

        dialogs.confirmAnswer = false;
        model.delete(List.copyOf(model.shown()));
        assertThat(model.shown()).hasSize(1);
        dialogs.confirmAnswer = true;
        model.delete(List.copyOf(model.shown()));
        assertThat(model.shown()).isEmpty();
        assertThat(model.form().id().get()).isZero();
        session.history().undo();
        assertThat(model.shown()).hasSize(1);
    }

    @Test
    void aFieldWhoseSaveFailsIsToldAndShowsWhatTheFileHolds() throws Exception {
        model.form().name().set("Léa Roy");
        assertThat(model.save()).isTrue();
        session.file().connection().close();
        model.form().reason().set("Bénévole");
        assertThat(dialogs.errors).singleElement().asString().contains("closed");
        assertThat(model.form().reason().get()).isEmpty();
    }

    @Test
    void aTooLongNameIsRefusedBeforeSaving() {
        model.form().name().set("x".repeat(151));
        assertThat(model.form().problemText().get()).contains("150");
        assertThat(model.save()).isFalse();
        assertThat(session.recipients().all()).isEmpty();
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        session.recipients().importAll(List.of(
                Recipient.of(RecipientKind.PERSON, "Éloïse Côté", "Mentore", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.ORGANISATION, "Club Optimiste", "Aide aux devoirs", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.PERSON, "ᐃᓄᒃᑎᑐᑦ", "Tuteur", LocalDate.of(2020, 2, 18))));
        assertThat(model.shown()).hasSize(3);
        model.search().set("eloise COTE");
        assertThat(model.shown()).extracting(Recipient::name).containsExactly("Éloïse Côté");
        model.search().set("devoirs");
        assertThat(model.shown()).extracting(Recipient::name).containsExactly("Club Optimiste");
        model.search().set("ᐃᓄ");
        assertThat(model.shown()).extracting(Recipient::name).containsExactly("ᐃᓄᒃᑎᑐᑦ");
        assertThat(model.count().get()).isEqualTo("1 récipiendaire sur 3");
    }

    @Test
    void importPreviewMappingAndImport() {
        ImportViewModel<Recipient> importer = model.importer();
        dialogs.filesToOpen.add(Corpus.file("ecole-utf8-bom-pointvirgule.csv"));
        importer.chooseFile();
        assertThat(importer.active().get()).isTrue();
        assertThat(importer.reading().get()).isFalse();
        assertThat(importer.detected().get()).contains("UTF-8 (BOM)").contains("point-virgule");
        assertThat(importer.rows().choice(RecipientColumns.FIRST_NAME).get().label()).isEqualTo("Colonne A — Prénom");
        assertThat(importer.rows().choice(RecipientColumns.LAST_NAME).get().label()).isEqualTo("Colonne B — Nom");
        assertThat(importer.rows().goodRows()).hasSize(5);
        assertThat(importer.rows().badRows()).containsExactly(
                "Ligne 8\u00a0: date illisible «\u00a031/02/2020\u00a0» (ex.\u00a0: 2020-02-18 ou 18/02/2020)",
                "Ligne 9\u00a0: nom manquant");
        assertThat(importer.rows().importText().get()).isEqualTo("Importer les 5 lignes valides");

        // Unmapping the organisation column makes row 7 a row without a name; the preview follows.
        importer.rows().choice(RecipientColumns.ORGANISATION).set(importer.rows().choices().get(0));
        assertThat(importer.rows().goodRows()).hasSize(4);
        assertThat(importer.rows().badRows()).hasSize(3);
        // Mapping the reason column to the full name takes it away from the reason.
        importer.rows().choice(RecipientColumns.NAME).set(importer.rows().choices().get(4));
        assertThat(importer.rows().choice(RecipientColumns.REASON).get().index()).isEqualTo(-1);
        importer.rows().choice(RecipientColumns.NAME).set(importer.rows().choices().get(0));
        importer.rows().choice(RecipientColumns.REASON).set(importer.rows().choices().get(4));
        importer.rows().choice(RecipientColumns.ORGANISATION).set(importer.rows().choices().get(3));
        assertThat(importer.rows().goodRows()).hasSize(5);
        assertThat(session.recipients().all()).as("nothing saved before Import").isEmpty();

        importer.importRows();
        assertThat(importer.active().get()).isFalse();
        assertThat(session.recipients().all()).hasSize(5);
        assertThat(model.shown()).hasSize(5);
        assertThat(model.message().get()).isEqualTo("5 récipiendaires importés de ecole-utf8-bom-pointvirgule.csv.");
        assertThat(session.history().undoKey()).contains("edit.recipients.import");
        session.history().undo();
        assertThat(model.shown()).isEmpty();
    }

    @Test
    void importingTheSameListTwiceIsNoticed() {
        model.importer().load(Corpus.file("excel-fr-windows1252.csv"));
        model.importer().importRows();
        model.importer().load(Corpus.file("excel-fr-windows1252.csv"));
        assertThat(model.importer().rows().summary().get()).isEqualTo("3 lignes valides, 0 ligne à corriger");
        assertThat(model.importer().rows().already().get()).startsWith("Attention\u00a0: 3 de ces noms");
    }

    @Test
    void cancellingThePreviewSavesNothing() {
        model.importer().load(Corpus.file("excel-fr-windows1252.csv"));
        assertThat(model.importer().rows().goodRows()).hasSize(3);
        model.importer().close();
        assertThat(model.importer().active().get()).isFalse();
        assertThat(session.recipients().all()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aBadFileIsToldAndTheListStays() {
        model.importer().load(Corpus.file("image.png"));
        assertThat(model.importer().active().get()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("image.png")
                .contains("ni un fichier CSV ni un classeur Excel");
    }

    @Test
    void noNameColumnDisablesImportUntilTheUserChoosesOne() {
        model.importer().load(Corpus.file("sans-colonne-nom.csv"));
        ImportViewModel<Recipient> importer = model.importer();
        assertThat(importer.rows().canImport().get()).isFalse();
        assertThat(importer.rows().problem().get()).contains("Aucune colonne de nom");
        importer.rows().choice(RecipientColumns.NAME).set(importer.rows().choices().get(3));
        assertThat(importer.rows().problem().get()).isEmpty();
        assertThat(importer.rows().canImport().get()).isTrue();
    }

    @Test
    void cancelledReadingSavesNothingAndSaysSo() {
        executor.cancelNext();
        model.importer().load(Corpus.manyRows(dir, 3_000));
        assertThat(model.importer().active().get()).isFalse();
        assertThat(model.message().get()).isEqualTo("Lecture annulée\u00a0; rien n’a été importé.");
        assertThat(session.recipients().all()).isEmpty();
    }

    @Test
    void aNameWithABidiOverrideIsListedWithItsMarkAndTheRowIsNamedToCheck() {
        ImportViewModel<Recipient> importer = model.importer();
        importer.load(Corpus.csv(dir, "bidi.csv", java.nio.charset.StandardCharsets.UTF_8,
                "Nom\r\nLéa Roy\r\nZo\u202Eé Roy\r\n"));
        assertThat(importer.rows().warnings()).singleElement().asString().startsWith("Ligne 3\u00a0: ")
                .contains("⟨U+202E⟩");
        assertThat(importer.rows().badRows()).isEmpty();
        importer.importRows();
        assertThat(model.shown()).extracting(Recipient::name).containsExactly("Léa Roy", "Zo⟨U+202E⟩é Roy");
    }

    @Test
    void aCancelledImportAddsNothingAndKeepsThePreview() {
        ImportViewModel<Recipient> importer = model.importer();
        importer.load(Corpus.manyRows(dir, 2_000));
        assertThat(importer.rows().goodRows()).isNotEmpty();
        executor.cancelNext();
        importer.importRows();
        assertThat(session.recipients().all()).isEmpty();
        assertThat(model.shown()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
        assertThat(model.message().get()).isEqualTo("Import de dix-mille.csv annulé\u00a0: rien n’a été ajouté, "
                + "le fichier est tel qu’il était.");
        assertThat(importer.active().get()).as("the preview stays, to import again").isTrue();
        assertThat(importer.writing().get()).isFalse();
        importer.importRows();
        assertThat(session.recipients().all()).hasSize(2_000);
    }

    @Test
    void aWriteCancelledHalfWayIsRolledBackWhole() throws Exception {
        List<Recipient> rows = TableImport.read(Corpus.manyRows(dir, 3_000),
                new qc.trousse.certificates.RecipientColumns(java.time.LocalDate.of(2020, 2, 17)), Progress.NONE).values();
        long[] seen = new long[1];
        Progress cancelAfterThousand = new Progress() {
            @Override
            public void update(long done, long total) {
                seen[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 1_000;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.recipients().write(rows, cancelAfterThousand))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(seen[0]).isEqualTo(1_000);
        assertThat(session.recipients().all()).isEmpty();
        model.dispose();
        session.close();
        session = new Session(DataFile.open(dir.resolve("vm.db")), Editions.shipped(), Ridings.load());
        assertThat(session.recipients().all()).as("nothing of it in the file").isEmpty();
        model = new RecipientsViewModel(session.recipients(), session.campaign(), dialogs, executor,
                WindowFixture.CAMPAIGN_MONDAY);
    }
}
