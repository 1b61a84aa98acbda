package qc.trousse.ui.cocktail;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestColumns;
import qc.trousse.cocktail.GuestFiles;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.importing.ImportViewModel;
import qc.trousse.ui.task.DirectExecutor;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The guest import of the cocktail screen with no window: a real file, the shared preview, one undo step. */
class GuestImportViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CocktailViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("vm.db")), Editions.shipped(), Ridings.load());
        model = new CocktailViewModel(session, dialogs, new DirectExecutor());
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void previewRemapThenImportTheGoodRows() throws Exception {
        dialogs.files.add(GuestFiles.utf8Bom(dir));
        ImportViewModel<Guest> importer = model.importer();
        importer.chooseFile();
        assertThat(importer.active().get()).isTrue();
        assertThat(importer.detected().get()).contains("UTF-8 (BOM)").contains("point-virgule");
        assertThat(importer.rows().fields().get(0).id()).isEqualTo(GuestColumns.NAME);
        assertThat(importer.rows().choice(GuestColumns.FIRST_NAME).get().label()).isEqualTo("Colonne A — Prénom");
        assertThat(importer.rows().choice(GuestColumns.ROLE).get().label()).isEqualTo("Colonne D — Fonction");
        assertThat(importer.rows().badRows()).containsExactly("Ligne 4\u00a0: nom manquant",
                "Ligne 6\u00a0: courriel illisible «\u00a0pas-un-courriel\u00a0» (ex.\u00a0: nom@domaine.ca)");
        assertThat(importer.rows().importText().get()).isEqualTo("Importer les 3 invités valides");
        // The generic screen speaks of guests here, not of the certificates' recipients.
        assertThat(importer.rows().words()).isEqualTo(qc.trousse.ui.importing.ImportWords.GUESTS);
        assertThat(importer.rows().summary().get()).isEqualTo("3 invités valides, 2 lignes à corriger");

        // Leaving out the email column makes the last row good.
        importer.rows().choice(GuestColumns.EMAIL).set(importer.rows().choices().get(0));
        assertThat(importer.rows().goodRows()).hasSize(4);
        importer.rows().choice(GuestColumns.EMAIL).set(importer.rows().choices().get(5));
        assertThat(importer.rows().goodRows()).hasSize(3);

        importer.importRows();
        assertThat(importer.active().get()).isFalse();
        assertThat(model.importMessage().get()).isEqualTo("3 invités importés de invites-utf8.csv.");
        assertThat(model.guests().notAnswered().get()).isEqualTo("3 invités sans réponse");
        assertThat(session.recipients().all()).extracting(Recipient::name)
                .containsExactly("Marie-Ève Tremblay", "Maison des jeunes L’Escale");
        session.history().undo();
        assertThat(model.guests().notAnswered().get()).isEqualTo("Tous les invités ont répondu");
        assertThat(session.recipients().all()).isEmpty();
    }

    @Test
    void theSameListTwiceIsNoticedAndCancelSavesNothing() throws Exception {
        Path list = GuestFiles.windows1252(dir);
        model.importer().load(list);
        model.importer().importRows();
        model.importer().load(list);
        assertThat(model.importer().rows().already().get()).startsWith("Attention\u00a0: 3 de ces noms");
        model.importer().close();
        assertThat(session.guests().all()).hasSize(3);
        assertThat(session.recipients().all()).hasSize(2);
    }

    @Test
    void aFileThatIsNotAListIsToldAndNothingOpens() throws Exception {
        Path pdf = dir.resolve("invites.csv");
        java.nio.file.Files.write(pdf, new byte[]{'%', 'P', 'D', 'F', 0, 1, 2, 3});
        model.importer().load(pdf);
        assertThat(model.importer().active().get()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("invites.csv");
    }

    @Test
    void aGuestWriteCancelledHalfWayIsRolledBackWhole() throws Exception {
        java.util.List<Guest> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(new Guest(0, qc.trousse.cocktail.GuestKind.values()[0], "Invité " + i, "", "", "", "", "",
                    qc.trousse.cocktail.RsvpState.INVITED, 1, "", "", i % 2 == 0, 0));
        }
        long[] seen = new long[1];
        qc.trousse.work.Progress cancelAfterFourHundred = new qc.trousse.work.Progress() {
            @Override
            public void update(long done, long total) {
                seen[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 400;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.guests().write(rows, cancelAfterFourHundred))
                .isInstanceOf(qc.trousse.work.Progress.CancelledException.class);
        assertThat(seen[0]).isEqualTo(400);
        assertThat(new qc.trousse.store.CocktailRepository(session.file()).guests()).isEmpty();
        assertThat(session.guests().all()).isEmpty();
        assertThat(session.recipients().all()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();

        assertThat(session.guests().record(session.guests().write(rows, qc.trousse.work.Progress.NONE))).hasSize(1_000);
        assertThat(session.recipients().all()).hasSize(500);
        session.history().undo();
        assertThat(new qc.trousse.store.CocktailRepository(session.file()).guests()).isEmpty();
        assertThat(session.recipients().all()).isEmpty();
    }
}
