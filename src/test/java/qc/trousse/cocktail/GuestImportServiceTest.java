package qc.trousse.cocktail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guests imported into a real SQLite file, all or nothing and as one undo step; a guest honoured at the
 * cocktail becomes one recipient of the cocktail gesture, in the same step.
 */
class GuestImportServiceTest {
    private static final LocalDate COCKTAIL = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private Session open() throws Exception {
        return new Session(DataFile.open(dir.resolve("bureau.db")), Editions.shipped(), Ridings.load());
    }

    @Test
    void anImportIsOneTransactionAndOneUndoStep() throws Exception {
        List<Guest> read = GuestImport.preview(GuestFiles.utf8Bom(dir), Progress.NONE).values();
        try (Session s = open()) {
            s.guests().add(Guest.named("Déjà là"));
            assertThat(s.guests().importAll(read)).hasSize(3);
            assertThat(s.guests().notAnswered()).isEqualTo(4);
            s.history().undo();
            assertThat(s.guests().all()).extracting(Guest::name).containsExactly("Déjà là");
            s.history().redo();
        }
        try (Session s = open()) {
            assertThat(s.guests().all()).extracting(Guest::name)
                    .containsExactly("Déjà là", "Marie-Ève Tremblay", "Réjean Côté", "Maison des jeunes L’Escale");
        }
    }

    @Test
    void guestsImportedWithTheCertificateMarkBecomeRecipientsInTheSameStep() throws Exception {
        List<Guest> read = GuestImport.preview(GuestFiles.workbook(dir), Progress.NONE).values();
        try (Session s = open()) {
            s.guests().importAll(read);
            assertThat(s.recipients().all()).extracting(Recipient::name)
                    .containsExactly("Marie-Ève Tremblay", "Maison des jeunes L’Escale");
            assertThat(s.recipients().all()).extracting(Recipient::kind)
                    .containsExactly(RecipientKind.PERSON, RecipientKind.ORGANISATION);
            assertThat(s.recipients().all()).extracting(Recipient::reason)
                    .containsExactly("Trente ans de mentorat", "Soirées d’étude");
            s.history().undo();
            assertThat(s.guests().all()).isEmpty();
            assertThat(s.recipients().all()).isEmpty();
            assertThat(s.history().canUndo()).isFalse();
        }
    }

    @Test
    void anImportThatFailsHalfwayLeavesNothingInTheFile() throws Exception {
        Guest broken = new Guest(0, null, "Sans type", "", "", "", "", "", RsvpState.INVITED, 1, "", "", false, 0);
        try (Session s = open()) {
            assertThatThrownBy(() -> s.guests().importAll(List.of(Guest.named("Un"), Guest.named("Deux"), broken)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(s.guests().all()).isEmpty();
            assertThat(s.history().canUndo()).isFalse();
        }
        try (Session s = open()) {
            assertThat(s.guests().all()).isEmpty();
        }
    }

    @Test
    void settingTheCertificateMarkMakesExactlyOneRecipientAndUndoTakesItBack() throws Exception {
        try (Session s = open()) {
            Guest g = s.guests().add(Guest.named("Marie-Ève Tremblay"));
            assertThat(s.recipients().all()).isEmpty();
            s.guests().update(g.withCertificate(true));
            Recipient r = s.recipients().all().get(0);
            assertThat(s.recipients().all()).hasSize(1);
            assertThat(r.name()).isEqualTo("Marie-Ève Tremblay");
            assertThat(r.kind()).isEqualTo(RecipientKind.PERSON);
            assertThat(r.gesture()).isEqualTo("cocktail");
            assertThat(r.date()).isEqualTo(COCKTAIL);
            assertThat(r.reason()).isEqualTo("Invité·e au cocktail de la persévérance scolaire");
            assertThat(s.history().undoKey()).contains("cocktail.edit.guestEdit");

            s.history().undo();
            assertThat(s.recipients().all()).isEmpty();
            assertThat(s.guests().byId(g.id()).orElseThrow().certificate()).isFalse();
            s.history().redo();
            assertThat(s.recipients().all()).hasSize(1);
            // Another edit of the honoured guest adds nobody.
            s.guests().setRsvp(g.id(), RsvpState.CONFIRMED);
            assertThat(s.recipients().all()).hasSize(1);
        }
        try (Session s = open()) {
            assertThat(s.recipients().all()).extracting(Recipient::name).containsExactly("Marie-Ève Tremblay");
        }
    }

    @Test
    void aNameAlreadyHonouredAtTheCocktailIsNotAddedTwice() throws Exception {
        try (Session s = open()) {
            s.recipients().add(Recipient.of(RecipientKind.PERSON, "Réjean Côté", "Déjà prévu", COCKTAIL)
                    .withGesture("cocktail"));
            Guest org = Guest.named("Maison des jeunes L’Escale").withCertificate(true);
            Guest honoured = new Guest(0, GuestKind.ORGANISATION, org.name(), "", "", "", "", "Soirées d’étude",
                    RsvpState.INVITED, 1, "", "", true, 0);
            s.guests().importAll(List.of(Guest.named("réjean côté").withCertificate(true), honoured,
                    Guest.named("Sans certificat")));
            assertThat(s.recipients().all()).extracting(Recipient::name)
                    .containsExactly("Réjean Côté", "Maison des jeunes L’Escale");
            Recipient escale = s.recipients().all().get(1);
            assertThat(escale.kind()).isEqualTo(RecipientKind.ORGANISATION);
            assertThat(escale.reason()).isEqualTo("Soirées d’étude");
            s.history().undo();
            assertThat(s.guests().all()).isEmpty();
            assertThat(s.recipients().all()).extracting(Recipient::name).containsExactly("Réjean Côté");
        }
    }

    @Test
    void deletingAnHonouredGuestTakesBackTheUnprintedCertificateInTheSameStep() throws Exception {
        try (Session s = open()) {
            Guest g = s.guests().add(Guest.named("Léa Roy").withCertificate(true));
            s.guests().delete(g.id());
            assertThat(s.recipients().all()).isEmpty();
            s.history().undo();
            assertThat(s.guests().all()).extracting(Guest::name).containsExactly("Léa Roy");
            assertThat(s.recipients().all()).extracting(Recipient::name).containsExactly("Léa Roy");
        }
    }

    @Test
    void anOrganisationRepresentedBySomeoneIsHonouredByItsOwnName() throws Exception {
        try (Session s = open()) {
            s.guests().add(new Guest(0, GuestKind.ORGANISATION, "Julie Gagnon", "Club des petits déjeuners", "", "",
                    "", "", RsvpState.INVITED, 1, "", "", true, 0));
            Recipient r = s.recipients().all().get(0);
            assertThat(r.name()).isEqualTo("Club des petits déjeuners");
            assertThat(r.kind()).isEqualTo(RecipientKind.ORGANISATION);
        }
    }

    @Test
    void clearingTheMarkKeepsAPrintedCertificateAndTakesBackAnUnprintedOne() throws Exception {
        try (Session s = open()) {
            Guest printed = s.guests().add(Guest.named("Imprimée").withCertificate(true));
            Guest waiting = s.guests().add(Guest.named("En attente").withCertificate(true));
            long printedId = s.recipients().all().stream().filter(r -> r.name().equals("Imprimée")).findFirst()
                    .orElseThrow().id();
            s.recipients().markPrinted(List.of(printedId), Instant.parse("2020-02-17T15:00:00Z"));
            s.guests().update(s.guests().byId(printed.id()).orElseThrow().withCertificate(false));
            s.guests().update(s.guests().byId(waiting.id()).orElseThrow().withCertificate(false));
            assertThat(s.recipients().all()).extracting(Recipient::name).containsExactly("Imprimée");
            assertThat(s.recipients().all().get(0).state()).isEqualTo(RecipientState.PRINTED);
            s.history().undo();
            assertThat(s.recipients().all()).extracting(Recipient::name).containsExactly("Imprimée", "En attente");
        }
    }
}
