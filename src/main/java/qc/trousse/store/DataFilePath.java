package qc.trousse.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;

import static qc.trousse.store.DataFileException.Reason;

/**
 * What is wrong with a path given as the data file, before SQLite sees it, so each case gets its own sentence
 * instead of an SQLite or OS error in English: a folder, a device, a missing file, a folder one cannot enter or
 * write in. SQLite needs to write its log and the lock beside the file, so the folder must be writable too.
 */
final class DataFilePath {
    private DataFilePath() {
    }

    /** Returns whether the file exists (and is to be inspected); refuses what cannot be a data file. */
    static boolean check(Path path, boolean mayCreate) throws DataFileException {
        if (Files.isDirectory(path)) {
            throw new DataFileException(Reason.IS_FOLDER, path, null);
        }
        if (Files.exists(path)) {
            if (!Files.isRegularFile(path)) {
                throw new DataFileException(Reason.NOT_REGULAR, path, null);
            }
            if (!Files.isReadable(path)) {
                throw new DataFileException(Reason.FORBIDDEN, path, null);
            }
            return true;
        }
        Path existing = nearestExisting(path.getParent());
        if (existing == null) {
            throw new DataFileException(Reason.NOT_FOUND, path, null);
        }
        if (!Files.isDirectory(existing)) {
            throw new DataFileException(Reason.PARENT_NOT_FOLDER, path, existing.toString());
        }
        if (!Files.isExecutable(existing) || !Files.notExists(path)) {
            // stat failed for want of permission: the first folder we cannot enter is the one to name
            throw new DataFileException(Reason.FORBIDDEN, existing, null);
        }
        if (!mayCreate) {
            throw new DataFileException(Reason.NOT_FOUND, path, null);
        }
        if (isReadOnly(existing)) {
            throw new DataFileException(Reason.FOLDER_READ_ONLY, existing, null);
        }
        return false;
    }

    /** An existing file must have a folder SQLite can write its log into. */
    static void checkFolderWritable(Path path) throws DataFileException {
        Path folder = path.getParent();
        if (folder != null && isReadOnly(folder)) {
            throw new DataFileException(Reason.FOLDER_READ_ONLY, folder, null);
        }
    }

    /**
     * Read-only as the user marked it: no write permission bit (or the DOS read-only flag), even for an
     * administrator whom the OS would let write anyway.
     */
    static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return Files.getPosixFilePermissions(path).stream().noneMatch(p -> p.name().endsWith("_WRITE"));
            }
            if (Files.getFileStore(path).supportsFileAttributeView(DosFileAttributeView.class)) {
                return Files.readAttributes(path, DosFileAttributes.class).isReadOnly();
            }
        } catch (IOException e) {
            return false; // no mark can be read: not marked read-only; a refused write is then told
        }
        return false;
    }

    private static Path nearestExisting(Path folder) {
        Path f = folder;
        while (f != null && !Files.exists(f)) {
            f = f.getParent();
        }
        return f;
    }
}
