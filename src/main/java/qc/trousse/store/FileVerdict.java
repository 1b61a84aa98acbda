package qc.trousse.store;

import java.nio.file.Path;

/** What `check` found in a file that passed: its schema version against the app's. */
public record FileVerdict(Path file, int version, int current) {
    public boolean needsMigration() {
        return version < current;
    }
}
