package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qc.trousse.campaign.Editions;
import qc.trousse.demo.DemoWeek;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same repositories, unchanged, on a real PostgreSQL server: the schema, its versions and the two roles. */
class ServerStoreTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theWholeDemoWeekWrittenOnTheServerHoldsWhatTheSameWeekHoldsInAFile() throws Exception {
        ServerStore.open(db.owner()).close();
        try (Session server = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
             Session file = new Session(DataFile.open(dir.resolve("semaine.db")), Editions.shipped(),
                     Ridings.load())) {
            DemoWeek.fill(server);
            DemoWeek.fill(file);
            // The server logs who did what (the file keeps no log): everything else is the same.
            List<String> tables = TableDump.tablesOf((DataFile) file.file()).stream()
                    .filter(t -> !t.equals("change_log")).toList();
            var onServer = TableDump.of(server.file().connection(), tables);
            assertThat(onServer.get("recipient")).isNotEmpty();
            assertThat(onServer.get("cocktail_guest")).isNotEmpty();
            assertThat(onServer.get("post_draft")).isNotEmpty();
            assertThat(onServer.get("office_image")).isNotEmpty();
            assertThat(onServer).isEqualTo(TableDump.of(file.file().connection(), tables));
        }
        try (Session again = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load())) {
            assertThat(again.office().profile().isComplete()).isTrue();
            assertThat(again.recipients().all()).isNotEmpty();
        }
    }

    static IntStream earlierVersions() {
        return IntStream.range(0, Migrations.CURRENT);
    }

    @ParameterizedTest(name = "a database at schema {0} is brought to the current schema, data kept")
    @MethodSource("earlierVersions")
    void everyEarlierSchemaMigratesOnTheServerWithItsDataKept(int version) throws Exception {
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            Migrations.migrateTo(c, Dialect.POSTGRESQL, version);
            if (version >= 1) {
                s.execute("INSERT INTO office_profile VALUES (1, 'Marie Côté', 'DEPUTEE', '373', 'Montréal', '',"
                        + " '', '', '', '', '', '')");
                s.execute("INSERT INTO staff VALUES (0, 'Léa')");
            }
        }
        assertThat(ServerStore.inspect(db.owner())).isEqualTo(version);
        try (ServerStore store = ServerStore.open(db.owner())) {
            assertThat(Dialect.POSTGRESQL.version(store.connection())).isEqualTo(Migrations.CURRENT);
            if (version >= 1) {
                assertThat(new ProfileRepository(store).load().staff()).containsExactly("Léa");
            }
        }
    }

    @Test
    void theStaffRoleWritesRowsButCannotChangeTables() throws Exception {
        ServerStore.open(db.owner()).close();
        try (ServerStore store = ServerStore.open(db.app()); Statement s = store.connection().createStatement()) {
            new SettingRepository(store).put("essai", "oui");
            assertThat(new SettingRepository(store).get("essai")).contains("oui");
            assertThatThrownBy(() -> s.execute("DROP TABLE recipient")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("ALTER TABLE recipient ADD COLUMN x TEXT"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE trousse_schema SET version = 1"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theStaffRoleCannotBringAnEmptyDatabaseToTheSchemaAndSaysWhoCan() {
        assertThatThrownBy(() -> ServerStore.open(db.app()))
                .isInstanceOfSatisfying(ServerStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServerStoreException.Reason.NEEDS_OWNER);
                    assertThat(e.userMessage()).contains(TestDatabase.appRole(), db.name());
                });
    }

    @Test
    void idsComeFromTheDatabaseSoTwoStoresNeverHandOutTheSameOne() throws Exception {
        ServerStore.open(db.owner()).close();
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            GestureRepository ga = new GestureRepository(a);
            GestureRepository gb = new GestureRepository(b);
            List<Long> ids = IntStream.range(0, 50).mapToObj(i -> i % 2 == 0 ? ga.nextId() : gb.nextId()).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(50);
        }
    }
}
