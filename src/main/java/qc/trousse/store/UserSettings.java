package qc.trousse.store;

import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What belongs to the person rather than the file: their language, the files and office servers they opened lately,
 * who they are on each server. Never a password (those are in {@link ServerPasswords}).
 */
public interface UserSettings {
    int MAX_RECENT = 8;

    Optional<Lang> language();

    void setLanguage(Lang lang);

    List<Path> recentFiles();

    /** Puts the file first in the recent list, dropping duplicates and the oldest beyond {@link #MAX_RECENT}. */
    void addRecentFile(Path file);

    /** The office servers connected to lately, by their address without password, newest first. */
    List<String> recentServers();

    /** Puts the server first in its recent list; {@code where} must be {@link StoreUrl#where()}, never the typed URL. */
    void addRecentServer(String where);

    /** The store used last, to reopen at start-up: a file's path or a server's address (no password). */
    Optional<String> lastStore();

    /** Who the user said they are on this server, to offer first next time. */
    Optional<String> member(String where);

    void setMember(String where, String member);

    /** Where this user's office-server passwords are kept (the keyring, else a private file). */
    ServerPasswords passwords();
}
