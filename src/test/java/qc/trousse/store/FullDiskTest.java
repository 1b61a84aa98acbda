package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;
import qc.trousse.edit.EditHistory;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;

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
                assertThat(full.isDiskFull()).isTrue();
                assertThat(full.getMessage()).isEqualTo("le disque ou la clé USB est plein");
            }
            assertThat(lastSaved).as("some edits fit before the disk filled").isNotNull();
            assertThat(office.profile().address()).isEqualTo(lastSaved);
            // Even an undo needs room to be saved: it fails as a whole and stays undoable.
            assertThatThrownBy(history::undo).isInstanceOf(StoreException.class);
            assertThat(office.profile().address()).isEqualTo(lastSaved);
            assertThat(history.canUndo()).isTrue();
        }
        try (DataFile data = DataFile.open(file); Statement s = data.connection().createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(new ProfileRepository(data).load().mnaName()).isEqualTo("Marie-Ève Tremblay");
        }
    }
}
