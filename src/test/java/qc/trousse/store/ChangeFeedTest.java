package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditHistory;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A colleague's change reaches the other store within two seconds, by the server's notices (no polling). */
class ChangeFeedTest {
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aChangeMadeOnOneStoreIsSeenByTheOtherWithinTwoSecondsAndNotByItself() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app());
             ChangeFeed seenByA = a.changes(); ChangeFeed seenByB = b.changes()) {
            RecipientService alice = new RecipientService(new RecipientRepository(a), new EditHistory());
            long before = System.nanoTime();
            alice.add(Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore", LocalDate.of(2020, 2, 19)));

            var change = seenByB.next(Duration.ofSeconds(2));
            long took = (System.nanoTime() - before) / 1_000_000;
            assertThat(change).as("seen by the colleague").isPresent();
            assertThat(change.get().table()).isIn("recipient", "id_counter");
            assertThat(took).isLessThan(2000);
            System.out.printf("change seen by the other store after %d ms%n", took);
            assertThat(seenByA.next(Duration.ofMillis(300))).as("one's own change is not news").isEmpty();

            new SettingRepository(b).put("jour", "2020-02-19");
            assertThat(seenByA.next(Duration.ofSeconds(2))).map(ChangeFeed.Change::table).contains("setting");
        }
    }
}
