package qc.trousse.ui.cocktail;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Busy;
import qc.trousse.cocktail.IcsFiles;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.task.DirectExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cocktail screen's models with no window: a real file, a scripted dialog service, work done at once. */
class CocktailViewModelTest {
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

    private void addGuest(String name) {
        model.guests().startNew();
        model.guests().form().name.set(name);
        assertThat(model.guests().save()).isTrue();
    }

    @Test
    void theMnasOtherCommitmentsThatDayShowAsConflicts() {
        assertThat(model.event().trip().conflictsTitle().get()).isEqualTo(
                "Aucun conflit avec les autres engagements de la journée.");
        session.cocktail().setAgenda(day -> day.equals(LocalDate.of(2020, 2, 18))
                ? List.of(new Busy("Remise de certificat à l’école Saint-Jean", LocalTime.of(14, 0),
                LocalTime.of(15, 0), "Député·e"), new Busy("Conseil d’établissement", LocalTime.of(8, 0),
                LocalTime.of(9, 0), "Julie"))
                : List.of());
        assertThat(model.event().trip().conflicts()).containsExactly(
                "Remise de certificat à l’école Saint-Jean, de 14:00 à 15:00 (Député·e)");
        // with 3 hours of road the car leaves at 13:15, during the 14:00 ceremony; with 0:20 it leaves at 15:55
        assertThat(model.event().trip().conflictsTitle().get()).startsWith("Conflits avec le trajet");
        model.event().travel().set("0:20");
        assertThat(model.event().trip().conflicts()).isEmpty();
    }

    @Test
    void aGuestWithoutANameIsRefusedWithAReason() {
        model.guests().startNew();
        model.guests().form().party.set("0");
        assertThat(model.guests().save()).isFalse();
        assertThat(model.guests().problem().get()).contains("Le nom est obligatoire.", "de 1 à 20");
        assertThat(session.guests().all()).isEmpty();
    }

    @Test
    void theGuestSelectedIsSavedFieldByFieldOneUndoStepPerField() {
        addGuest("Anne Côté");
        GuestsModel guests = model.guests();
        assertThat(guests.editing().get()).isTrue();
        guests.form().organisation.set("É");
        guests.form().organisation.set("École");
        guests.form().organisation.set("École Paul-Hubert");
        assertThat(session.guests().all()).singleElement().extracting(g -> g.organisation())
                .isEqualTo("École Paul-Hubert");
        guests.form().party.set("3");
        guests.form().name.set("");
        assertThat(guests.problem().get()).contains("Le nom est obligatoire.");
        assertThat(session.guests().all()).singleElement().extracting(g -> g.name(), g -> g.partySize())
                .containsExactly("Anne Côté", 3);
        assertThat(guests.save()).as("no second guest from the one being edited").isFalse();
        guests.form().name.set("Anne Côté");
        assertThat(guests.problem().get()).isEmpty();
        session.history().undo();
        assertThat(session.guests().all()).singleElement().extracting(g -> g.partySize()).isEqualTo(1);
        session.history().undo();
        assertThat(guests.form().organisation.get()).as("three keystrokes, one step").isEmpty();
        assertThat(session.guests().all()).hasSize(1);
    }

    @Test
    void theCountAndTheFilterFollowTheAnswers() {
        addGuest("Anne Côté");
        addGuest("Paul Gagnon");
        assertThat(model.guests().notAnswered().get()).isEqualTo("2 invités sans réponse");
        model.guests().setRsvp(RsvpState.CONFIRMED);
        assertThat(model.guests().notAnswered().get()).isEqualTo("1 invité sans réponse");
        model.guests().filter().set(RsvpState.INVITED);
        assertThat(model.guests().shown()).extracting(g -> g.name()).containsExactly("Anne Côté");
        session.history().undo();
        assertThat(model.guests().shown()).hasSize(2);
    }

    @Test
    void theCalendarAndBadgesGoWhereTheUserChose() throws Exception {
        addGuest("Marie-Ève Tremblay");
        dialogs.saveAnswer = dir.resolve("cocktail.ics");
        model.exportIcs();
        assertThat(Files.readString(dir.resolve("cocktail.ics"))).contains("TZID=America/Toronto");
        IcsFiles.assertFoldedByOctets(dir.resolve("cocktail.ics"));
        assertThat(IcsFiles.parse(dir.resolve("cocktail.ics")).values()).extracting(IcsFiles.Event::sequence)
                .containsOnly(0);
        assertThat(model.documentStatus().get()).contains("cocktail.ics");
        dialogs.saveAnswer = dir.resolve("badges.pdf");
        model.print(CocktailPrints.What.BADGES);
        assertThat(dir.resolve("badges.pdf")).exists();
        model.confirmedOnly().set(true);
        dialogs.saveAnswer = dir.resolve("none.pdf");
        model.print(CocktailPrints.What.BADGES);
        assertThat(dialogs.errors).containsExactly("Aucun invité à imprimer.");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void aVehicleOfOneSeatSaysPlaceInTheSingular() {
        model.vehicles().newName().set("Moto");
        model.vehicles().newSeats().set("1");
        model.vehicles().add();
        assertThat(model.vehicles().line(model.vehicles().vehicles().get(0))).isEqualTo("Moto (voiture) — 0 / 1 place");
    }

    @Test
    void aVehicleNeedsSeatsAndKeepsItsPassengers() {
        model.vehicles().newName().set("Autobus");
        model.vehicles().newSeats().set("beaucoup");
        model.vehicles().add();
        assertThat(model.vehicles().problem().get()).isEqualTo("Le nombre de places doit être un entier de 1 à 90.");
        model.vehicles().newSeats().set("2");
        model.vehicles().add();
        assertThat(model.vehicles().vehicles()).hasSize(1);
        long id = model.vehicles().vehicles().get(0).id();
        model.guests().startNew();
        model.guests().form().name.set("Anne Côté");
        model.guests().form().party.set("3");
        model.guests().form().vehicle.set(id);
        model.guests().save();
        assertThat(model.vehicles().line(model.vehicles().vehicles().get(0)))
                .isEqualTo("Autobus (voiture) — 3 / 2 places\u00a0: trop de passagers!");
        model.vehicles().selected().set(model.vehicles().vehicles().get(0));
        model.vehicles().delete();
        assertThat(model.vehicles().problem().get()).startsWith("Ce véhicule transporte encore des invités.");
    }

    @Test
    void aTimeThatDoesNotReadIsNotSaved() {
        model.event().start().set("cinq heures");
        assertThat(model.event().timesProblem().get()).startsWith("Heure illisible");
        assertThat(session.cocktail().event().start()).isEqualTo(LocalTime.of(17, 0));
        model.event().start().set("17 h 30");
        assertThat(session.cocktail().event().start()).isEqualTo(LocalTime.of(17, 30));
        assertThat(model.event().start().get()).isEqualTo("17 h 30");
        session.history().undo();
        assertThat(model.event().start().get()).isEqualTo("17:00");
    }

    @Test
    void aSaveThatFailsIsToldAndNothingChanges() throws Exception {
        session.file().connection().close();
        addGuestExpectingFailure();
        assertThat(dialogs.errors).singleElement().asString().contains("vm.db");
        assertThat(session.guests().all()).isEmpty();
    }

    @Test
    void aFieldWhoseSaveFailsIsToldAndShowsWhatTheFileHolds() throws Exception {
        addGuest("Anne Côté");
        session.file().connection().close();
        model.guests().form().organisation.set("École Paul-Hubert");
        assertThat(dialogs.errors).singleElement().asString().contains("vm.db");
        assertThat(model.guests().form().organisation.get()).isEmpty();
        assertThat(session.guests().all()).singleElement().extracting(g -> g.organisation()).isEqualTo("");
    }

    private void addGuestExpectingFailure() {
        model.guests().startNew();
        model.guests().form().name.set("Anne Côté");
        model.guests().save();
    }

    @Test
    void anOutputRefusedIsTheOneSentenceTheCommandsPrint() throws Exception {
        java.nio.file.Path readOnly = java.nio.file.Files.createDirectory(dir.resolve("lecture-seule"));
        java.nio.file.Files.setPosixFilePermissions(readOnly,
                java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            java.nio.file.Path target = readOnly.resolve("cocktail.ics");
            model.exportIcsTo(target);
            java.nio.file.Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "x");
            model.printTo(qc.trousse.cocktail.print.CocktailPrints.What.GUESTS, notes.resolve("porte.pdf"));
            assertThat(dialogs.errors).containsExactly(
                    "Le dossier " + readOnly + " est en lecture seule\u00a0: " + target + " n’a pas été écrit. "
                            + "Demandez le droit d’y écrire ou choisissez un autre dossier.",
                    notes + " est un fichier, pas un dossier\u00a0: " + notes.resolve("porte.pdf")
                            + " n’a pas été écrit.");
        } finally {
            java.nio.file.Files.setPosixFilePermissions(readOnly,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
