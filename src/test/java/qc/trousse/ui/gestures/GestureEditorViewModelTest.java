package qc.trousse.ui.gestures;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing one gesture's slot, place, owner and checklist; bad input answered on the field, nothing saved. */
class GestureEditorViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private GestureEditorViewModel editor;
    private PlannedGesture cert;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("editor.db")), Editions.shipped(), Ridings.load());
        editor = new GestureEditorViewModel(session.gestures(), new ScriptedDialogs(),
                () -> List.of("Julie Gagnon", "Karim Benali"));
        cert = session.gestures().choose("certificate");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private PlannedGesture now() {
        return session.gestures().find(cert.id()).orElseThrow();
    }

    @Test
    void badTimesAreAnsweredInWordsAndNotSaved() {
        assertThat(editor.setTimes(cert.id(), "24:00", "25:00"))
                .contains("Heure de début invalide\u00a0: de 00:00 à 23:59 (ex.\u00a0: 9:30 ou 9 h 30).");
        assertThat(editor.setTimes(cert.id(), "14:00", "13:00"))
                .contains("L’heure de fin doit venir après l’heure de début.");
        assertThat(now().start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(editor.setTimes(cert.id(), "14 h", "15 h 15")).isEmpty();
        assertThat(now().end()).isEqualTo(LocalTime.of(15, 15));
    }

    @Test
    void stepsAreAddedRewordedReassignedAndTicked() {
        assertThat(editor.addItem(cert.id(), " ", 0, "")).contains("Le texte de l’étape est obligatoire.");
        assertThat(now().checklist()).hasSize(6);
        assertThat(editor.addItem(cert.id(), "Réserver le photographe", -2, "Karim Benali")).isEmpty();
        editor.editItem(cert.id(), 6, "Réserver la photographe");
        editor.reassign(cert.id(), 6, "Julie Gagnon");
        editor.tick(cert.id(), 6, true);
        assertThat(now().checklist().get(6).label()).isEqualTo("Réserver la photographe");
        assertThat(now().checklist().get(6).owner()).isEqualTo("Julie Gagnon");
        assertThat(now().progress()).isEqualTo("1/7");
        assertThat(editor.due(now(), now().checklist().get(6))).isEqualTo("J-2\u00a0: samedi 15 février");
        editor.removeItem(cert.id(), 6);
        assertThat(now().checklist()).hasSize(6);
    }

    @Test
    void theOwnerListKeepsSomeoneWhoLeftTheStaff() {
        editor.setOwner(cert.id(), "Marc Ancien");
        assertThat(editor.staff(now().owner())).containsExactly("Julie Gagnon", "Karim Benali", "Marc Ancien");
    }
}
