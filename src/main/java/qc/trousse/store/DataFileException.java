package qc.trousse.store;

import java.nio.file.Path;

/** Why a data file could not be opened or written; the file on disk is left exactly as it was. */
public final class DataFileException extends StoreOpenException {
    public enum Reason {
        /** Another instance holds the file; detail names who. */
        LOCKED,
        /** Not an SQLite file at all (a text file renamed .db). */
        NOT_SQLITE,
        /** An SQLite file, but not one of ours. */
        FOREIGN,
        /** PRAGMA quick_check failed or SQLite reports corruption. */
        DAMAGED,
        /** Written by a newer version of the app. */
        NEWER,
        READ_ONLY,
        /** There is no file at that path (only for commands that read an existing file). */
        NOT_FOUND,
        /** A folder was given where a data file was expected. */
        IS_FOLDER,
        /** A device or other special file (/dev/null), not a file on a disk. */
        NOT_REGULAR,
        /** A folder on the way that the user may not enter (file names the folder). */
        FORBIDDEN,
        /** Something on the way is a file, not a folder (detail names it). */
        PARENT_NOT_FOLDER,
        /** The folder cannot be written: SQLite could not keep its log there (file names the folder). */
        FOLDER_READ_ONLY,
        /** Any other I/O or SQL failure: the disk is full, the key was pulled out… */
        IO,
        /** A new file was asked for at a path where a file already is. */
        EXISTS;
    }

    private final Reason reason;
    private final Path file;

    public DataFileException(Reason reason, Path file, String detail, Throwable cause) {
        super(reason, "store", String.valueOf(file), detail, cause);
        this.reason = reason;
        this.file = file;
    }

    public DataFileException(Reason reason, Path file, String detail) {
        this(reason, file, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
