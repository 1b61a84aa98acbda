package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.demo.DemoWeek;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An office's file sent whole to the server and brought back, against a real PostgreSQL. */
class StoreCopyTest {
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

    private Path demoWeek() throws Exception {
        Path file = dir.resolve("semaine.db");
        DemoWeek.write(file);
        return file;
    }

    private static Map<String, List<List<Object>>> dump(Path file) throws Exception {
        try (DataFile data = DataFile.open(file)) {
            return TableDump.of(data.connection(), TableDump.tablesOf(data));
        }
    }

    @Test
    void everyTableIsEqualAfterAPushAndAPull() throws Exception {
        Path original = demoWeek();
        Map<String, List<List<Object>>> before = dump(original);
        long pushed = StoreCopy.push(original, db.owner());
        Path back = dir.resolve("retour.db");
        long pulled;
        try (ServerStore server = ServerStore.open(db.app())) {
            assertThat(TableDump.of(server.connection(), List.copyOf(before.keySet()))).isEqualTo(before);
            pulled = StoreCopy.pull(server, back);
        }
        assertThat(pushed).isEqualTo(pulled).isEqualTo(before.values().stream().mapToLong(List::size).sum());
        assertThat(before.get("recipient")).hasSizeGreaterThan(5);
        assertThat(dump(back)).isEqualTo(before);
        assertThat(DataFile.inspect(back).version()).isEqualTo(Migrations.CURRENT);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aSecondPushIntoTheSameDatabaseIsRefusedAndChangesNothing() throws Exception {
        Path original = demoWeek();
        StoreCopy.push(original, db.owner());
        try (ServerStore server = ServerStore.open(db.owner());
             Statement s = server.connection().createStatement()) {
            s.execute("DELETE FROM recipient WHERE id = (SELECT min(id) FROM recipient)");
        }
        long left = count("recipient");
        assertThatThrownBy(() -> StoreCopy.push(original, db.owner()))
                .isInstanceOfSatisfying(ServerStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServerStoreException.Reason.NOT_EMPTY));
        assertThat(count("recipient")).isEqualTo(left);
    }

    @Test
    void aPushThatFailsHalfwayLeavesTheDatabaseEmpty() throws Exception {
        Path original = demoWeek();
        ServerStore.open(db.owner()).close();
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            // The server refuses the last rows of the copy, after every earlier table was written.
            s.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " RAISE EXCEPTION 'disk gone'; END $$");
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON post_template FOR EACH ROW EXECUTE FUNCTION refuse()");
        }
        try (DataFile data = DataFile.open(original); Statement s = data.connection().createStatement()) {
            s.execute("INSERT INTO post_template(id, title, french, english) VALUES ('custom-1', 'Merci', 'Merci', 'Thanks')");
        }
        assertThatThrownBy(() -> StoreCopy.push(original, db.owner())).isInstanceOf(ServerStoreException.class);
        for (String table : List.of("office_profile", "recipient", "cocktail_guest", "gesture_plan", "post_draft")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedBeforeAnythingIsCopied() throws Exception {
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice(id BIGINT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> ServerStore.open(db.owner()))
                .isInstanceOfSatisfying(ServerStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServerStoreException.Reason.FOREIGN));
        assertThat(Files.list(dir)).isEmpty();
    }

    private long count(String table) throws Exception {
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
