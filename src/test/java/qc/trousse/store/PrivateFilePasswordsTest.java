package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyring's fallback: a file only its owner may read, one password per server address. */
class PrivateFilePasswordsTest {
    @TempDir
    Path dir;

    @Test
    void aRememberedPasswordIsFoundAgainInAFileOnlyItsOwnerMayRead() throws Exception {
        Path file = dir.resolve("config").resolve("server-passwords");
        PrivateFilePasswords kept = new PrivateFilePasswords(file);
        kept.remember("postgresql://serveur/trousse?user=lea", "mot\tde:passe\\é");
        kept.remember("postgresql://autre/trousse?user=lea", "autre");
        assertThat(new PrivateFilePasswords(file).lookup("postgresql://serveur/trousse?user=lea"))
                .contains("mot\tde:passe\\é");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        kept.forget("postgresql://serveur/trousse?user=lea");
        assertThat(kept.lookup("postgresql://serveur/trousse?user=lea")).isEmpty();
        assertThat(kept.lookup("postgresql://autre/trousse?user=lea")).contains("autre");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void withoutSecretToolOnThePathTheFileInTheUsersConfigFolderIsUsed() {
        assertThat(SecretToolPasswords.available(dir.toString())).isFalse();
        assertThat(ServerPasswords.configFolder("Linux", Map.of("XDG_CONFIG_HOME", "/home/lea/.cfg"), "/home/lea"))
                .isEqualTo(Path.of("/home/lea/.cfg/trousse-jps"));
        assertThat(ServerPasswords.configFolder("Linux", Map.of(), "/home/lea"))
                .isEqualTo(Path.of("/home/lea/.config/trousse-jps"));
    }
}
