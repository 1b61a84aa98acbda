package qc.trousse.store;

import org.junit.jupiter.api.Test;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.edit.EditHistory;

import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cocktail's guests while the office's server is away (ADR 0020), for real ({@link ServerAway}): a change or
 * deletion is kept on disk and shown, written once on the return, never over a colleague's change; a new guest
 * is still refused (its id comes from the server's counter).
 */
class KeptGuestsTest extends WhileServerAway {
    private static final Set<String> GUESTS = Set.of("cocktail_guest");
    private static GuestService guests(ServerStore store) {
        return new GuestService(new CocktailRepository(store), new EditHistory());
    }

    @Test
    void aChangeWhileAwayIsKeptShownAndWrittenOnceWhenTheServerIsBack() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            GuestService guests = guests(store);
            Guest saved = guests.add(Guest.named("Luc Bouchard").withPartySize(2));
            ServerAway.away(db, store);

            guests.update(saved.withRsvp(RsvpState.CONFIRMED).withPartySize(3));
            guests.reload();

            assertThat(guests.byId(saved.id()).orElseThrow()).as("the screen keeps the user's value")
                    .extracting(Guest::rsvp, Guest::partySize).containsExactly(RsvpState.CONFIRMED, 3);
            assertThat(Files.readString(journal(SOPHIE))).contains("cocktail_guest", "CONFIRMED");
            assertThat(onServer("SELECT rsvp FROM cocktail_guest")).isEqualTo("INVITED");

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, GUESTS));
            assertThat(onServer("SELECT rsvp || ' ' || party_size || ' v' || version FROM cocktail_guest"))
                    .isEqualTo("CONFIRMED 3 v2");
            assertThat(onServer("SELECT member FROM applied_edit")).isEqualTo(SOPHIE);
            assertThat(onServer("SELECT count(*) FROM change_log WHERE table_name = 'cocktail_guest'"
                    + " AND action = 'UPDATE'")).isEqualTo("1");
            assertThat(journal(SOPHIE)).doesNotExist();

            // The next edit is based on the version sent: written, not taken for a colleague's change.
            guests.reload();
            guests.update(guests.byId(saved.id()).orElseThrow().withName("Luc Bouchard-Roy"));
            assertThat(onServer("SELECT name || ' v' || version FROM cocktail_guest")).isEqualTo("Luc Bouchard-Roy v3");
        }
    }

    @Test
    void aDeletionWhileAwayIsKeptAndSentOnTheReturn() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            GuestService guests = guests(store);
            Guest saved = guests.add(Guest.named("Luc Bouchard"));
            ServerAway.away(db, store);

            guests.delete(saved.id());
            guests.reload();
            assertThat(guests.all()).isEmpty();
            assertThat(onServer("SELECT count(*) FROM cocktail_guest")).isEqualTo("1");

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, GUESTS));
            assertThat(onServer("SELECT count(*) FROM cocktail_guest")).isEqualTo("0");
        }
    }

    @Test
    void aNewGuestWhileAwayIsStillRefusedAndNothingIsKept() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            GuestService guests = guests(store);
            guests.add(Guest.named("Luc Bouchard"));
            ServerAway.away(db, store);

            assertThatThrownBy(() -> guests.add(Guest.named("Anne Roy"))).isInstanceOf(StoreException.class);
            // An upsert of a row never read (an id not from this store's reads) is refused too, whole.
            CocktailRepository repository = new CocktailRepository(store);
            assertThatThrownBy(() -> repository.writeGuests(java.util.List.of(Guest.named("Anne Roy").withId(99)),
                    java.util.List.of())).isInstanceOf(StoreException.class);
            assertThat(journal("")).doesNotExist();
        }
    }

    @Test
    void aColleaguesChangeMeanwhileIsNotOverwrittenAndTheKeptEditStaysReported() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app(), dir);
             ServerStore theirs = ServerStore.open(db.app(), dir.resolve("marc"))) {
            BlockingQueue<KeptEditsSent> sendings = sendings(mine);
            GuestService guests = guests(mine);
            Guest saved = guests.add(Guest.named("Luc Bouchard"));
            GuestService colleague = guests(theirs);
            ServerAway.away(db, mine);

            guests.update(saved.withRsvp(RsvpState.CONFIRMED));
            colleague.update(colleague.byId(saved.id()).orElseThrow().withRsvp(RsvpState.DECLINED));
            ServerAway.back(db);

            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(0, 0, 1, GUESTS));
            assertThat(onServer("SELECT rsvp FROM cocktail_guest")).isEqualTo("DECLINED");
            assertThat(onServer("SELECT count(*) FROM applied_edit")).isEqualTo("0");
            assertThat(Files.readString(journal(""))).as("kept, with why").contains("CONFIRMED", "colleague");
            guests.reload();
            assertThat(guests.byId(saved.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.DECLINED);
        }
    }
}
