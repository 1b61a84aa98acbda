package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.RealService;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditHistory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's server restarts or stops under an open store (the real server, restarted with pg_ctl): the store
 * opens a new connection by itself, signed as the same member, and an edit meanwhile is refused whole.
 */
class ServerReconnectTest {
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() throws Exception {
        // A server of its own (.ci/run starts it): this test stops it, which no other test may meet.
        db = TestDatabase.fresh("TROUSSE_TEST_PG_RESTARTABLE");
        RealService.require(System.getenv("TROUSSE_TEST_PG_RESTARTABLE_CTL") != null,
                "pg_ctl for the test's own server (TROUSSE_TEST_PG_RESTARTABLE_CTL)");
        ServerStore.open(db.owner()).close();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static Recipient lea(String name) {
        return Recipient.of(RecipientKind.PERSON, name, "Mentore", LocalDate.of(2020, 2, 19));
    }

    @Test
    void afterTheServerRestartsTheNextEditGoesThroughSignedAsTheSameMember() throws Exception {
        try (ServerStore store = ServerStore.open(db.app())) {
            store.signAs("Sophie Gagnon");
            SettingRepository settings = new SettingRepository(store);
            settings.put("jour", "2020-02-19");
            pgCtl("restart -m fast -w");
            settings.put("jour", "2020-02-20");
            assertThat(settings.get("jour")).contains("2020-02-20");
            assertThat(new ChangeLog(store).latest(1)).extracting(ChangeLog.Entry::member)
                    .containsExactly("Sophie Gagnon");
            assertThat(store.reachable()).isTrue();
        }
    }

    @Test
    void anEditWhileTheServerIsStoppedIsRefusedInOneLineAndNothingOfItIsWritten() throws Exception {
        try (ServerStore store = ServerStore.open(db.app())) {
            BlockingQueue<Boolean> told = new LinkedBlockingQueue<>();
            store.onReachable(told::add);
            RecipientService recipients = new RecipientService(new RecipientRepository(store), new EditHistory());
            recipients.add(lea("Léa Tremblay"));
            try {
                pgCtl("stop -m fast -w");
                assertThatThrownBy(() -> recipients.add(lea("Marc Roy")))
                        .isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
                // Found by the use itself, or by the watch within a second when the driver dropped the connection.
                assertThat(told.poll(5, TimeUnit.SECONDS)).isFalse();
                assertThat(store.reachable()).isFalse();
            } finally {
                // Started again as it was (its port, its address): pg_ctl start alone would not reuse them.
                pgCtl("start -w -l \"$D/../server.log\" -o \"$(sed -e 's/^[^ ]* //' -e 's/\"-D\" \"[^\"]*\" *//g'"
                        + " \"$D/postmaster.opts\")\"");
            }
            assertThat(new RecipientRepository(store).all()).extracting(Recipient::name)
                    .containsExactly("Léa Tremblay");
            assertThat(told.poll(5, TimeUnit.SECONDS)).isTrue();
            assertThat(store.reachable()).isTrue();
            assertThat(told).isEmpty();
        }
    }

    /**
     * Runs the test server's pg_ctl, as the postgres user when the tests run as root (pg_ctl refuses root), its
     * output dropped (the server it starts must not hold the test's pipes).
     */
    private static void pgCtl(String what) throws IOException, InterruptedException {
        String ctl = System.getenv("TROUSSE_TEST_PG_RESTARTABLE_CTL");
        String command = "D='" + ctl.substring(ctl.indexOf("-D ") + 3).strip() + "'; " + ctl + " " + what;
        List<String> line = "root".equals(System.getProperty("user.name"))
                ? List.of("su", "postgres", "-s", "/bin/sh", "-c", command) : List.of("sh", "-c", command);
        Process p = new ProcessBuilder(line)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).as("pg_ctl " + what).isZero();
    }
}
