package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {
    @TempDir
    Path dir;

    static IntStream earlierVersions() {
        return IntStream.range(1, Migrations.CURRENT);
    }

    @ParameterizedTest(name = "a file at schema {0} opens and is brought to the current schema, data kept")
    @MethodSource("earlierVersions")
    void everyEarlierVersionMigratesWithItsDataKept(int version) throws Exception {
        Path path = dir.resolve("v" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement s = c.createStatement()) {
            Migrations.migrateTo(c, version);
            // the columns of schema 1, named: later steps add columns with defaults
            s.execute("INSERT INTO office_profile(id, mna_name, title, riding_code, region, address, phone, email, x, "
                    + "facebook, instagram, linkedin) VALUES (1, 'Marie Côté', 'DEPUTEE', '373', 'Montréal', '', '', "
                    + "'', '', '', '', '')");
            s.execute("INSERT INTO staff VALUES (0, 'Léa')");
        }
        assertThat(DataFile.inspect(path).version()).isEqualTo(version);
        try (DataFile file = DataFile.open(path)) {
            assertThat(Migrations.version(file.connection())).isEqualTo(Migrations.CURRENT);
            var profile = new ProfileRepository(file).load();
            assertThat(profile.mnaName()).isEqualTo("Marie Côté");
            assertThat(profile.staff()).containsExactly("Léa");
        }
    }

    @Test
    void aFreshFileHasEveryTable() throws Exception {
        try (DataFile file = DataFile.open(dir.resolve("neuf.db"));
             Statement s = file.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aFailedStepLeavesTheFileAtItsVersion() throws Exception {
        Path path = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement s = c.createStatement()) {
            Migrations.migrateTo(c, 1);
            // A table the next step wants to create already exists: that step must roll back whole.
            s.execute("CREATE TABLE office_image(x TEXT)");
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> Migrations.migrate(c));
            assertThat(Migrations.version(c)).isEqualTo(1);
        }
    }
}
