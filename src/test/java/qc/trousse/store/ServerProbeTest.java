package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.demo.DemoWeek;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.work.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** « Tester la connexion » against a real server: each answer, and nothing written by asking. */
class ServerProbeTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.fresh();
        I18n.setLanguage(Lang.FR);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static ServerStoreException.Reason reasonOf(StoreUrl url) {
        try {
            ServerProbe.probe(url);
        } catch (ServerStoreException e) {
            return e.reason();
        }
        throw new AssertionError("the probe accepted " + url);
    }

    @Test
    void anOfficeSharedOnTheServerIsFoundWithItsMnaAndTeam() throws Exception {
        Path week = dir.resolve("semaine.db");
        DemoWeek.write(week);
        StoreCopy.push(week, db.owner());
        ServerProbe.Found found = ServerProbe.probe(db.app());
        assertThat(found.empty()).isFalse();
        assertThat(found.version()).isEqualTo(Migrations.CURRENT);
        try (DataFile file = DataFile.open(week)) {
            var profile = new ProfileRepository(file).load();
            assertThat(found.office().mnaName()).isEqualTo(profile.mnaName()).isNotBlank();
            assertThat(found.office().staff()).isEqualTo(profile.staff()).isNotEmpty();
        }
    }

    @Test
    void anEmptyDatabaseIsSaidEmptyAndAskingCreatesNoTable() throws Exception {
        ServerProbe.Found found = ServerProbe.probe(db.owner());
        assertThat(found.empty()).isTrue();
        try (Connection c = db.ownerConnection()) {
            assertThat(ServerConnections.tableCount(c)).isZero();
        }
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedUntouched() throws Exception {
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice(id BIGINT PRIMARY KEY, total NUMERIC)");
        }
        assertThat(reasonOf(db.owner())).isEqualTo(ServerStoreException.Reason.FOREIGN);
        try (Connection c = db.ownerConnection()) {
            assertThat(ServerConnections.tableCount(c)).isEqualTo(1);
        }
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        ServerStore.open(db.owner()).close();
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE trousse_schema SET version = " + (Migrations.CURRENT + 1));
        }
        assertThat(reasonOf(db.app())).isEqualTo(ServerStoreException.Reason.NEWER);
    }

    @Test
    void aWrongPasswordIsSaidWithoutRepeatingIt() throws Exception {
        StoreUrl wrong = StoreUrl.parse(db.appUrl(), Map.of("PGPASSWORD", "pas-le-bon-Zx81"));
        ServerStoreException e = org.junit.jupiter.api.Assertions.assertThrows(ServerStoreException.class,
                () -> ServerProbe.probe(wrong));
        assertThat(e.reason()).isEqualTo(ServerStoreException.Reason.WRONG_PASSWORD);
        assertThat(e.userMessage()).startsWith("Le mot de passe de").doesNotContain("pas-le-bon-Zx81");
        assertThat(e.getMessage()).doesNotContain("pas-le-bon-Zx81");
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidUnreachable() throws Exception {
        StoreUrl nowhere = StoreUrl.parse("postgresql://127.0.0.1:1/trousse?user=trousse_app", Map.of());
        assertThat(reasonOf(nowhere)).isEqualTo(ServerStoreException.Reason.UNREACHABLE);
    }

    @Test
    void theTestServerWithoutCertificateOffersNoTlsWhetherAskedWithTlsOffOrByDefault() throws Exception {
        assertThat(ServerProbe.probe(StoreUrl.parse(db.appUrl() + "&sslmode=disable")).offersTls()).isFalse();
        assertThat(ServerProbe.probe(db.app()).offersTls()).isFalse();
    }

    @Test
    void aCancelledShareLeavesTheDatabaseWithoutAnyRowOfTheFileAndStillEmpty() throws Exception {
        Path week = dir.resolve("semaine.db");
        DemoWeek.write(week);
        List<Long> told = new java.util.ArrayList<>();
        Progress cancelAtFirstReport = new Progress() {
            @Override
            public void update(long done, long total) {
                told.add(done);
            }

            @Override
            public boolean isCancelled() {
                return !told.isEmpty();
            }
        };
        try (DataFile file = DataFile.open(week)) {
            assertThatThrownBy(() -> StoreCopy.push(file, db.owner(), cancelAtFirstReport))
                    .isInstanceOf(Progress.CancelledException.class);
        }
        assertThat(told).hasSize(1);
        try (Connection c = db.ownerConnection()) {
            assertThat(ServerProbe.holdsContent(c)).isFalse();
        }
        assertThat(ServerProbe.probe(db.app()).empty()).isTrue();
        long rows = StoreCopy.push(week, db.owner());
        assertThat(rows).isGreaterThan(told.get(0));
    }

    @Test
    void aCancelledCopyFromTheServerLeavesNoFile() throws Exception {
        Path week = dir.resolve("semaine.db");
        DemoWeek.write(week);
        StoreCopy.push(week, db.owner());
        Path copy = dir.resolve("copie.db");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (ServerStore server = ServerStore.open(db.app())) {
            assertThatThrownBy(() -> StoreCopy.pull(server, copy, cancelled))
                    .isInstanceOf(Progress.CancelledException.class);
        }
        assertThat(copy).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("copie"));
        }
    }
}
