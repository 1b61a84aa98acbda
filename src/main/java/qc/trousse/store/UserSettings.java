package qc.trousse.store;

import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What belongs to the person rather than the file: their language, the files they opened lately. */
public interface UserSettings {
    int MAX_RECENT = 8;

    Optional<Lang> language();

    void setLanguage(Lang lang);

    List<Path> recentFiles();

    /** Puts the file first in the recent list, dropping duplicates and the oldest beyond {@link #MAX_RECENT}. */
    void addRecentFile(Path file);
}
