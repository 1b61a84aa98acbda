package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditHistory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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

    @Test
    void aFeedWhoseConnectionWasEndedListensAgainAndHearsWhatAColleagueChangedMeanwhile() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app()); ServerStore theirs = ServerStore.open(db.app());
             ChangeFeed feed = mine.changes(); Connection admin = ServerConnections.connect(db.app())) {
            theirs.signAs("Marc Roy");
            RecipientService marc = new RecipientService(new RecipientRepository(theirs), new EditHistory());
            BlockingQueue<ChangeFeed.Change> heard = new LinkedBlockingQueue<>();
            AtomicBoolean open = new AtomicBoolean(true);
            Thread listener = new Thread(() -> {
                while (open.get()) {
                    feed.next(Duration.ofMillis(200)).ifPresent(heard::add);
                }
            }, "test-feed");
            listener.start();
            try {
                assertThat(ended(admin)).as("the feed's connection, told apart by its name").isEqualTo(1);
                marc.add(Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore", LocalDate.of(2020, 2, 19)));

                // Within the first retry (1 s) and a bit: everything may have changed, then who changed what.
                ChangeFeed.Change resumed = heard.poll(5, TimeUnit.SECONDS);
                assertThat(resumed).as("heard again after the gap").isNotNull();
                assertThat(resumed.table()).isEqualTo(ChangeFeed.EVERYTHING);
                ChangeFeed.Change missed = heard.poll(2, TimeUnit.SECONDS);
                assertThat(missed).as("the change made during the gap, from the change log").isNotNull();
                assertThat(missed.table()).isEqualTo("recipient");
                assertThat(missed.member()).isEqualTo("Marc Roy");
                assertThat(missed.process()).as("read from the log, not notified").isZero();
                assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("nothing else in the gap").isNull();

                // Listening again: the next change is a notice as before, and one's own writes are still left out.
                assertThat(listening(admin)).isEqualTo(1);
                new SettingRepository(mine).put("jour", "2020-02-18");
                new SettingRepository(theirs).put("reseaux", "mastodon");
                ChangeFeed.Change next = heard.poll(2, TimeUnit.SECONDS);
                assertThat(next).isNotNull();
                assertThat(next.table()).isEqualTo("setting");
                assertThat(next.member()).isEqualTo("Marc Roy");
                assertThat(next.process()).isNotZero();
            } finally {
                open.set(false);
                listener.join(5_000);
            }
        }
    }

    /** Ends the feed's server process, as an administrator (or a server restart) would. */
    private int ended(Connection admin) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
            ps.setString(1, db.name());
            ps.setString(2, ChangeFeed.APPLICATION);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int listening(Connection admin) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = ? AND application_name = ?")) {
            ps.setString(1, db.name());
            ps.setString(2, ChangeFeed.APPLICATION);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
