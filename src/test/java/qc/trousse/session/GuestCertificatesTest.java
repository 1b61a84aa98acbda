package qc.trousse.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.StoreException;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A guest honoured at the cocktail and the recipient of the certificate move together, through a real file. */
class GuestCertificatesTest {
    private static final LocalDate COCKTAIL_DAY = LocalDate.of(2020, 2, 18);
    @TempDir
    Path dir;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("guests.db")), Editions.shipped(), Ridings.load());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Guest guest(GuestKind kind, String name, String organisation, boolean certificate) {
        return new Guest(0, kind, name, organisation, "", "", "", "", RsvpState.CONFIRMED, 1, "", "", certificate, 0);
    }

    private List<Recipient> cocktailRecipients() {
        return session.recipients().all().stream().filter(r -> r.gesture().equals("cocktail")).toList();
    }

    @Test
    void aGuestMarkedForACertificateBecomesARecipientOfTheCocktailDayInTheSameUndoStep() {
        session.guests().add(guest(GuestKind.PERSON, "Léa Roy", "", true));
        assertThat(cocktailRecipients()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Léa Roy");
            assertThat(r.date()).isEqualTo(COCKTAIL_DAY);
            assertThat(r.state()).isEqualTo(RecipientState.TO_PRINT);
            assertThat(r.kind()).isEqualTo(RecipientKind.PERSON);
        });
        session.history().undo();
        assertThat(session.guests().all()).isEmpty();
        assertThat(session.recipients().all()).isEmpty();
        session.history().redo();
        assertThat(session.guests().all()).hasSize(1);
        assertThat(cocktailRecipients()).extracting(Recipient::name).containsExactly("Léa Roy");
    }

    @Test
    void anOrganisationsRepresentativeEarnsTheCertificateInTheOrganisationsName() {
        session.guests().add(guest(GuestKind.ORGANISATION, "Marc Tremblay", "Maison des jeunes", true));
        assertThat(cocktailRecipients()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Maison des jeunes");
            assertThat(r.kind()).isEqualTo(RecipientKind.ORGANISATION);
        });
    }

    @Test
    void aNameAlreadyAmongTheCocktailsRecipientsIsNotAddedTwiceHoweverItIsTyped() {
        session.guests().add(guest(GuestKind.PERSON, "Léa Roy", "", true));
        session.guests().add(guest(GuestKind.PERSON, "  LÉA ROY ", "", true));
        assertThat(cocktailRecipients()).hasSize(1);
    }

    @Test
    void clearingTheMarkTakesBackAnUnprintedCertificateButAPrintedOneStays() {
        Guest lea = session.guests().add(guest(GuestKind.PERSON, "Léa Roy", "", true));
        Guest noah = session.guests().add(guest(GuestKind.PERSON, "Noah Côté", "", true));
        long noahsCertificate = cocktailRecipients().stream().filter(r -> r.name().equals("Noah Côté"))
                .findFirst().orElseThrow().id();
        session.recipients().markPrinted(List.of(noahsCertificate), Instant.parse("2020-02-17T14:00:00Z"));

        session.guests().update(lea.withCertificate(false));
        session.guests().delete(noah.id());

        assertThat(cocktailRecipients()).extracting(Recipient::name).containsExactly("Noah Côté");
        session.history().undo();
        session.history().undo();
        assertThat(cocktailRecipients()).extracting(Recipient::name).containsExactlyInAnyOrder("Léa Roy", "Noah Côté");
    }

    @Test
    void aCertificateTheFileRefusesTakesTheGuestBackTooAndNothingIsHalfSaved() throws Exception {
        try (Statement s = session.file().connection().createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON recipient BEGIN SELECT RAISE(ABORT, 'full'); END");
        }
        assertThatThrownBy(() -> session.guests().add(guest(GuestKind.PERSON, "Léa Roy", "", true)))
                .isInstanceOf(StoreException.class);
        assertThat(session.guests().all()).isEmpty();
        assertThat(new CocktailRepository(session.file()).guests()).as("the guest's row is taken back").isEmpty();
        assertThat(session.recipients().all()).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aGuestWithoutTheMarkMakesNoRecipient() {
        session.guests().add(guest(GuestKind.PERSON, "Zoé Lavoie", "", false));
        assertThat(session.recipients().all()).isEmpty();
        assertThat(session.history().undoKey()).contains("cocktail.edit.guestAdd");
    }
}
