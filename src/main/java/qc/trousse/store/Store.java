package qc.trousse.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Where an office's data lives: the SQLite file ({@link DataFile}, the default) or the office's PostgreSQL
 * database ({@link ServerStore}). The repositories see only this: one connection, its dialect, and the store
 * itself as the lock they hold while they use the connection.
 */
public interface Store extends AutoCloseable {
    /** The connection, for repositories; callers synchronise on the store and keep statements short. */
    Connection connection();

    Dialect dialect();

    /** The file's path or the database's address, without any password: safe to show and to log. */
    String where();

    /** A consistent SQLite copy of everything in the store, written whole at the target. */
    void saveCopy(Path target) throws DataFileException;

    @Override
    void close();
}
