package qc.trousse.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.store.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command on the office's server with --store, and each way a connection fails in one line. */
class ServerCliTest {
    @TempDir
    Path dir;
    private TestDatabase db;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(new SimpleFormatter().format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.fresh();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        Logger.getLogger("org.postgresql").setLevel(Level.FINEST);
        Logger.getLogger("qc.trousse").setLevel(Level.ALL);
    }

    @AfterEach
    void drop() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("org.postgresql").setLevel(null);
        Logger.getLogger("qc.trousse").setLevel(null);
        db.close();
    }

    @Test
    void theCommandsWorkOnTheServerAsOnAFile() {
        CliRun set = CliRun.of("--store", db.ownerUrl(), "profile", "set", "--mna", "Marie-Ève Tremblay",
                "--riding", "Rimouski");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains(db.name()).doesNotContain("password");
        CliRun show = CliRun.of("--store", db.appUrl(), "profile", "show");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("Marie-Ève Tremblay", "Rimouski");
        assertThat(CliRun.of("--store", db.appUrl(), "check").out()).startsWith("OK").contains(db.name());
        for (String[] command : List.of(new String[]{"gestures", "list"}, new String[]{"recipients", "list"},
                new String[]{"posts", "list"}, new String[]{"cocktail", "show"})) {
            List<String> args = new ArrayList<>(List.of("--store", db.appUrl()));
            args.addAll(List.of(command));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isZero();
        }
    }

    @Test
    void aPasswordInTheAddressIsUsedButNeverShownOrLogged() throws Exception {
        String secret = appPassword();
        CliRun.of("--store", db.ownerUrl(), "check");
        CliRun.of("--store", db.ownerUrl(), "profile", "set", "--mna", "Léa Roy", "--riding", "Gaspé");
        String url = db.appUrl() + "&password=" + secret;
        CliRun right = CliRun.of("--store", url, "profile", "show");
        assertThat(right.exit()).as(right.err()).isZero();
        assertThat(right.out()).contains("Léa Roy");
        String wrongSecret = "Faux-" + secret + "-9f3";
        CliRun wrong = CliRun.of("--store", db.appUrl() + "&password=" + wrongSecret, "profile", "show");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("Le mot de passe de " + TestDatabase.appRole() + " est refusé par "
                + db.appUrl() + ". Rien n’a été modifié.");
        CliRun check = CliRun.of("--store", url, "check");
        CliRun bad = CliRun.of("--store", "postgresql://:" + secret + "@/", "check");
        for (CliRun run : List.of(right, wrong, check, bad)) {
            assertThat(run.out() + run.err()).doesNotContain(secret).doesNotContain(wrongSecret);
        }
        assertThat(String.join("\n", logged)).doesNotContain(secret).doesNotContain(wrongSecret);
    }

    @Test
    void eachFailureIsOneLineInTheUsersLanguage() throws Exception {
        assertOneLine(CliRun.of("--store", "", "profile", "show"), "L’adresse de la base du bureau est vide");
        assertOneLine(CliRun.of("--store", "postgresql://127.0.0.1:1/trousse?user=personne", "profile", "show"),
                "ne répond pas");
        assertOneLine(CliRun.of("--lang", "en", "--store", "postgresql://127.0.0.1:1/trousse?user=nobody", "check"),
                "does not answer");
        assertOneLine(CliRun.of("--store", db.appUrl() + "&password=non", "profile", "show"), "est refusé");
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE facture(id BIGINT PRIMARY KEY)");
        }
        assertOneLine(CliRun.of("--store", db.appUrl(), "profile", "show"), "n’est pas une base Trousse JPS");
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE facture");
        }
        assertOneLine(CliRun.of("--store", db.appUrl(), "profile", "show"), "ouvrez-la une fois avec le rôle propriétaire");
        assertThat(CliRun.of("--store", db.ownerUrl(), "check").exit()).isZero();
        assertThat(CliRun.of("--store", db.ownerUrl(), "profile", "show").exit()).isZero();
        try (Connection c = db.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE trousse_schema SET version = 999");
        }
        assertOneLine(CliRun.of("--store", db.appUrl(), "profile", "show"), "version plus récente de Trousse JPS (schéma 999)");
        assertOneLine(CliRun.of("--store", db.appUrl().replace(db.name(), db.name() + "_x"), "check"), "n’existe pas");
    }

    @Test
    void pushThenPullThroughTheCommands() throws Exception {
        Path file = dir.resolve("bureau.db");
        assertThat(CliRun.of("--data", file.toString(), "profile", "set", "--mna", "Marie-Ève Tremblay",
                "--riding", "Rimouski").exit()).isZero();
        CliRun push = CliRun.of("store", "push", "--from", file.toString(), "--to", db.ownerUrl());
        assertThat(push.exit()).as(push.err()).isZero();
        assertOneLine(CliRun.of("store", "push", "--from", file.toString(), "--to", db.ownerUrl()), "n’est pas vide");
        Path copy = dir.resolve("copie.db");
        CliRun pull = CliRun.of("store", "pull", "--from", db.appUrl(), "--to", copy.toString());
        assertThat(pull.exit()).as(pull.err()).isZero();
        assertThat(CliRun.of("--data", copy.toString(), "profile", "show").out()).contains("Marie-Ève Tremblay");
        byte[] bytes = Files.readAllBytes(copy);
        assertOneLine(CliRun.of("store", "pull", "--from", db.appUrl(), "--to", copy.toString()), "existe déjà");
        assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
    }

    private static void assertOneLine(CliRun run, String expected) {
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("PSQL");
    }

    /** The staff role's password, from the pgpass file the server's script wrote. */
    private static String appPassword() throws Exception {
        return Files.readAllLines(Path.of(System.getenv("PGPASSFILE"))).stream()
                .filter(l -> l.split(":")[3].equals(TestDatabase.appRole())).map(l -> l.split(":", 5)[4])
                .findFirst().orElseThrow();
    }
}
