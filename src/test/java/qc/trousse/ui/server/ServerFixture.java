package qc.trousse.ui.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's passwords, read from the pgpass file `.ci/postgres.sh` writes, as a user would type them. */
final class ServerFixture {
    private ServerFixture() {
    }

    static String password(String role) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of(System.getenv("PGPASSFILE")))) {
            String[] f = line.split(":");
            if (f.length == 5 && f[3].equals(role)) {
                return f[4];
            }
        }
        throw new IllegalStateException("no password for " + role + " in PGPASSFILE");
    }
}
