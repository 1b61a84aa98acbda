package qc.trousse.work;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way every output is written: whole or not at all, with the permissions any program's file gets. */
class WholeFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path written = dir.resolve("bilan.pdf");
        WholeFile.write(written, "%PDF-1.7".getBytes());
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.readString(written)).isEqualTo("%PDF-1.7");
    }

    @Test
    void aWriteThatFailsLeavesThePreviousFileAndNoPart() throws Exception {
        Path target = Files.writeString(dir.resolve("invites.csv"), "la bonne version");
        assertThatThrownBy(() -> WholeFile.<RuntimeException>write(target, out -> {
            out.write("la moitié d’une".getBytes());
            throw new IOException("disque plein");
        })).hasMessage("disque plein");
        assertThat(Files.readString(target)).isEqualTo("la bonne version");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("invites.csv");
        }
    }

    @Test
    void anAbandonedPartOfTheSameTargetIsRemovedAFreshOneAndOthersStay() throws Exception {
        Path old = Files.writeString(dir.resolve(".bilan.pdf.0a1b2c3d.part"), "%PDF half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".bilan.pdf.99999999.part"), "%PDF being written");
        Path other = Files.writeString(dir.resolve(".autre.pdf.0a1b2c3d.part"), "not this target's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        WholeFile.write(dir.resolve("bilan.pdf"), "%PDF".getBytes());
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    @Test
    void theTargetIsCheckedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("sortie.pdf"));
        boolean[] started = {false};
        assertThatThrownBy(() -> WholeFile.<RuntimeException>write(folder, out -> started[0] = true))
                .isInstanceOf(WholeFile.Refused.class).hasMessageContaining("est un dossier");
        assertThat(started[0]).isFalse();
        assertThat(folder).isDirectory().isEmptyDirectory();
        assertThatThrownBy(() -> WholeFile.write(Path.of("/dev/null"), new byte[1]))
                .isInstanceOf(WholeFile.Refused.class).hasMessageContaining("n’est pas un fichier ordinaire");
    }
}
