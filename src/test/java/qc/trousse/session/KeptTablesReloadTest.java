package qc.trousse.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.cocktail.Guest;
import qc.trousse.office.Ridings;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.RecipientRepository;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a sending of the kept edits (ADR 0020) the window reads again the services of the tables sent, by the
 * routes of a colleague's changes: those, and only those, show the rows as the store now has them.
 */
class KeptTablesReloadTest {
    @TempDir
    Path dir;

    @Test
    void theServicesOfTheTablesSentReadAgainAndNoOther() throws Exception {
        try (Session session = new Session(DataFile.open(dir.resolve("bureau.db")), Editions.shipped(),
                Ridings.load())) {
            // Written under the services, as a sending writes the server's rows.
            CocktailRepository cocktail = new CocktailRepository(session.file());
            cocktail.writeGuests(List.of(Guest.named("Luc Bouchard").withId(cocktail.nextGuestId())), List.of());
            new RecipientRepository(session.file()).insert(List.of(Recipient.of(RecipientKind.PERSON,
                    "Léa Tremblay", "Mentore", LocalDate.of(2020, 2, 19))));

            LiveChanges.reloadTables(session, Set.of("cocktail_guest"));

            assertThat(session.guests().all()).extracting(Guest::name).containsExactly("Luc Bouchard");
            assertThat(session.recipients().all()).as("not a table sent: not read again").isEmpty();

            LiveChanges.reloadTables(session, Set.of("recipient"));
            assertThat(session.recipients().all()).extracting(Recipient::name).containsExactly("Léa Tremblay");
        }
    }
}
