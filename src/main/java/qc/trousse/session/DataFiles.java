package qc.trousse.session;

import qc.trousse.campaign.Editions;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;
import qc.trousse.store.EditionRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The one place a data file is opened by the window or a command that may create it. A file made here serves the
 * edition in progress or next on the real date (a brand-new file in December 2026 is a JPS 2027 file), never the
 * first edition the app knew; an existing file keeps the edition it records.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** Opens the file as {@code use} says; {@code made} tells whether this call created it. */
    public record Opened(DataFile file, boolean made) {
    }

    public static Opened open(Path file, DataFile.Use use, Editions editions, LocalDate today)
            throws DataFileException {
        boolean made = use.creates() && isMissing(file);
        DataFile data = DataFile.open(file, use);
        if (made) {
            new EditionRepository(data).write(new EditionRepository.Stored(editions.current(today).year(), ""));
        }
        return new Opened(data, made);
    }

    /** Missing or empty: what {@link DataFile#open} makes a new file of. */
    private static boolean isMissing(Path file) {
        try {
            return Files.notExists(file) || Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
