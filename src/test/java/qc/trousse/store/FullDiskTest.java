package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;
import qc.trousse.edit.EditHistory;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A disk that fills up mid-edit: the edit fails whole, is not recorded, and the file stays sound. */
class FullDiskTest {
    @TempDir
    Path dir;
    private Path disk;

    @BeforeEach
    void mountASmallDisk() {
        disk = dir.resolve("cle-usb-pleine");
        boolean mounted = disk.toFile().mkdirs()
                && RealService.runs("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", disk.toString());
        RealService.require(mounted, "mounting a 400 KB tmpfs (needs root)");
    }

    @AfterEach
    void unmount() {
        RealService.runs("umount", disk.toString());
    }

    @Test
    void aFullDiskRefusesTheEditKeepsTheLastSavedStateAndTheFileSound() throws Exception {
        Path file = disk.resolve("trousse.db");
        String lastSaved = null;
        boolean refused = false;
        try (DataFile data = DataFile.open(file)) {
            EditHistory history = new EditHistory();
            OfficeService office = new OfficeService(new ProfileRepository(data), history, Ridings.load());
            office.update("mnaName", p -> p.withMnaName("Marie-Ève Tremblay"));
            int size = 20_000;
            try {
                for (int i = 0; i < 100; i++, size += 20_000) {
                    String address = (i + "-").repeat(size / 2);
                    office.update("address", p -> p.withAddress(address));
                    lastSaved = address;
                }
            } catch (StoreException full) {
                refused = true;
                assertThat(full.isDiskFull()).isTrue();
                assertThat(full.getMessage()).isEqualTo("le disque ou la clé USB est plein");
            }
            assertThat(refused).as("the disk filled before the hundredth edit").isTrue();
            assertThat(lastSaved).as("some edits fit before the disk filled").isNotNull();
            assertThat(office.profile().address()).isEqualTo(lastSaved);
        }
        assertThatTheFileIsSoundWithItsName(file);
    }

    /*
     * The undo needs its own test: after a refused edit, SQLite writes the next one over the refused one's frames in
     * the journal, which already hold their room, so an undo there may rightly fit. Here the undo puts back a long
     * address after a short one, on a disk another file has filled: it needs room the disk does not have.
     */
    @Test
    void anUndoThatCannotBeSavedFailsWholeStaysUndoableAndGoesThroughOnceThereIsRoom() throws Exception {
        Path file = disk.resolve("trousse.db");
        String longAddress = "12, rue de la Persévérance, Rimouski ".repeat(2_500);
        try (DataFile data = DataFile.open(file)) {
            EditHistory history = new EditHistory();
            OfficeService office = new OfficeService(new ProfileRepository(data), history, Ridings.load());
            office.update("mnaName", p -> p.withMnaName("Marie-Ève Tremblay"));
            office.update("address", p -> p.withAddress(longAddress));
            office.update("address", p -> p.withAddress("1, rue Principale"));
            Path filler = fillTheDisk();

            assertThatThrownBy(history::undo).isInstanceOfSatisfying(StoreException.class,
                    full -> assertThat(full.isDiskFull()).isTrue());
            assertThat(office.profile().address()).isEqualTo("1, rue Principale");
            assertThat(history.canUndo()).isTrue();

            Files.delete(filler);
            history.undo();
            assertThat(office.profile().address()).isEqualTo(longAddress);
        }
        assertThatTheFileIsSoundWithItsName(file);
    }

    private Path fillTheDisk() throws IOException {
        Path filler = disk.resolve("autre-fichier.bin");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(disk.toFile().getUsableSpace()).as("the disk is full").isZero();
        }
        return filler;
    }

    private static void assertThatTheFileIsSoundWithItsName(Path file) throws Exception {
        try (DataFile data = DataFile.open(file); Statement s = data.connection().createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(new ProfileRepository(data).load().mnaName()).isEqualTo("Marie-Ève Tremblay");
        }
    }
}
