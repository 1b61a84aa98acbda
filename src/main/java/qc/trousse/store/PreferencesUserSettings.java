package qc.trousse.store;

import qc.trousse.i18n.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** User settings kept by the OS's own per-user preferences (registry, plist, ~/.java). */
public final class PreferencesUserSettings implements UserSettings {
    private static final String LANG = "language";
    private static final String RECENT = "recentFiles";
    private final Preferences node;

    public PreferencesUserSettings(Preferences node) {
        this.node = node;
    }

    public static PreferencesUserSettings forUser() {
        return new PreferencesUserSettings(Preferences.userRoot().node("qc/trousse/jps"));
    }

    @Override
    public Optional<Lang> language() {
        try {
            String code = node.get(LANG, null);
            return code == null ? Optional.empty() : Optional.of(Lang.parse(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setLanguage(Lang lang) {
        node.put(LANG, lang.code());
        flush();
    }

    @Override
    public List<Path> recentFiles() {
        String joined = node.get(RECENT, "");
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).map(Path::of).toList();
    }

    @Override
    public void addRecentFile(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        List<String> kept = recent.stream().limit(MAX_RECENT).map(Path::toString).toList();
        node.put(RECENT, String.join("\n", kept));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the data file does not depend on them
        }
    }
}
