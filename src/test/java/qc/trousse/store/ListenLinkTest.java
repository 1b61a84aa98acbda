package qc.trousse.store;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed's reconnection schedule as plain logic: a clock of its own that moves only when the link waits,
 * a server that refuses a number of times. Nothing is timed.
 */
class ListenLinkTest {
    /** A clock whose waits move it on at once, and that remembers how long each wait was. */
    private static final class FakeClock implements ListenLink.Clock {
        long now;
        final List<Long> waits = new ArrayList<>();

        @Override
        public long millis() {
            return now;
        }

        @Override
        public void sleep(long millis) {
            waits.add(millis);
            now += millis;
        }
    }

    /** A server that refuses {@code refusals} attempts, then opens; records when each attempt was made. */
    private static final class Server implements ListenLink.Opener {
        final FakeClock clock;
        int refusals;
        final List<Long> attempts = new ArrayList<>();

        Server(FakeClock clock, int refusals) {
            this.clock = clock;
            this.refusals = refusals;
        }

        @Override
        public Connection open() throws SQLException {
            attempts.add(clock.now);
            if (refusals-- > 0) {
                throw new SQLException("Connection refused", "08001");
            }
            return openConnection();
        }
    }

    private static Connection openConnection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isClosed" -> false;
                    case "isValid" -> true;
                    default -> null;
                });
    }

    @Test
    void afterALossItTriesAfterOneSecondThenDoublingToSixtySecondsAndStartsOverOnceBack() throws Exception {
        FakeClock clock = new FakeClock();
        Server server = new Server(clock, 8);
        ListenLink link = new ListenLink(openConnection(), server, clock, new Backoff(1_000, 60_000, w -> 0));

        link.lost();
        Connection back = null;
        while (back == null) {
            // The feed asks again each second at most, so it can be closed while the server is away.
            back = link.current(clock.now + 1_000);
        }

        assertThat(server.attempts).containsExactly(1_000L, 3_000L, 7_000L, 15_000L, 31_000L, 63_000L, 123_000L,
                183_000L, 243_000L);
        assertThat(clock.waits).as("never waits past the caller's second").allMatch(w -> w <= 1_000);
        assertThat(link.takeReopened()).as("told once that it listens again").isTrue();
        assertThat(link.takeReopened()).isFalse();

        // Back to one second for the next loss.
        server.attempts.clear();
        link.lost();
        long lostAt = clock.now;
        while (link.current(clock.now + 1_000) == null) {
            assertThat(clock.now - lostAt).isLessThan(1_000);
        }
        assertThat(server.attempts).containsExactly(lostAt + 1_000);
    }

    @Test
    void theJitterAddsAtMostAQuarterToEachWait() {
        Backoff backoff = Backoff.standard();
        long[] bases = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000};
        for (long base : bases) {
            assertThat(backoff.next()).isBetween(base, base + base / 4);
        }
    }

    @Test
    void aSuspectedConnectionThatStillAnswersIsKept() throws Exception {
        FakeClock clock = new FakeClock();
        Server server = new Server(clock, 0);
        Connection first = openConnection();
        ListenLink link = new ListenLink(first, server, clock, new Backoff(1_000, 60_000, w -> 0));

        link.suspect();
        assertThat(link.current(1_000)).as("checked, it still answers").isSameAs(first);
        assertThat(server.attempts).isEmpty();
        assertThat(link.takeReopened()).isFalse();
    }
}
