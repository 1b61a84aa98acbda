package qc.trousse.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A copy of the data file a day, kept seven days in a folder beside it, so a damaged file is never the
 * only one. Backups are named by day: "trousse-2020-02-17.db".
 */
public final class Backups {
    public static final int KEEP_DAYS = 7;

    private Backups() {
    }

    public static Path folderOf(Path dataFile) {
        return dataFile.toAbsolutePath().resolveSibling(stem(dataFile) + "-sauvegardes");
    }

    /** Makes today's backup if there is none yet, then drops the ones older than a week. */
    public static Optional<Path> daily(DataFile file, LocalDate today) throws DataFileException {
        Path folder = folderOf(file.path());
        Path target = folder.resolve(stem(file.path()) + "-" + today + ".db");
        try {
            Files.createDirectories(folder);
            Optional<Path> made = Optional.empty();
            if (!Files.exists(target)) {
                file.saveCopy(target);
                made = Optional.of(target);
            }
            dropCopiesCutShort(folder);
            for (Dated old : list(file.path())) {
                if (old.day().isBefore(today.minusDays(KEEP_DAYS - 1L))) {
                    Files.deleteIfExists(old.file());
                }
            }
            return made;
        } catch (IOException e) {
            throw new DataFileException(DataFileException.Reason.IO, target, e.getMessage(), e);
        }
    }

    /**
     * A copy is written to a hidden ".NAME.PID.part" and renamed whole; one whose process is gone (the app killed
     * during the copy) was never a backup and is dropped. A live process's part is its copy under way.
     */
    private static void dropCopiesCutShort(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String[] parts = f.getFileName().toString().split("\\.");
                if (parts.length >= 4 && parts[0].isEmpty() && "part".equals(parts[parts.length - 1])
                        && parts[parts.length - 2].matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The newest backup that itself passes the integrity check. */
    public static Optional<Dated> latestGood(Path dataFile) {
        return list(dataFile).stream()
                .sorted(Comparator.comparing(Dated::day).reversed())
                .filter(d -> {
                    try {
                        DataFile.inspect(d.file());
                        return true;
                    } catch (DataFileException e) {
                        return false; // a damaged backup is not offered; an older good one may be
                    }
                })
                .findFirst();
    }

    /**
     * Copies a backup into a new file beside the damaged one, never over it, and returns the new file's path.
     */
    public static Path restoreBeside(Path damaged, Dated backup) throws DataFileException {
        Path target = damaged.toAbsolutePath().resolveSibling(stem(damaged) + "-recupere-" + backup.day() + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = damaged.toAbsolutePath().resolveSibling(
                    stem(damaged) + "-recupere-" + backup.day() + "-" + n + ".db");
        }
        try {
            Files.copy(backup.file(), target);
            return target;
        } catch (IOException e) {
            throw new DataFileException(DataFileException.Reason.IO, target, e.getMessage(), e);
        }
    }

    public static List<Dated> list(Path dataFile) {
        Path folder = folderOf(dataFile);
        String prefix = stem(dataFile) + "-";
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> dated(f, prefix)).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of(); // a folder that cannot be listed offers no backup to restore
        }
    }

    private static Optional<Dated> dated(Path f, String prefix) {
        String name = f.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(".db")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Dated(f, LocalDate.parse(name.substring(prefix.length(), name.length() - 3))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A backup file and the day it was made. */
    public record Dated(Path file, LocalDate day) {
    }
}
