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
    private static final String SERVERS = "recentServers";
    private static final String LAST = "lastStore";
    private static final String MEMBERS = "members";
    private final Preferences node;
    private final ServerPasswords passwords;

    public PreferencesUserSettings(Preferences node) {
        this(node, ServerPasswords.forUser());
    }

    /** With the passwords kept elsewhere than the user's own keyring (a test's private file). */
    public PreferencesUserSettings(Preferences node, ServerPasswords passwords) {
        this.node = node;
        this.passwords = passwords;
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
        String joined = String.join("\n", kept);
        if (joined.equals(node.get(RECENT, null)) && abs.toString().equals(node.get(LAST, null))) {
            return; // already first: writing the same again would cost an XML write on the FX thread at start-up
        }
        node.put(RECENT, joined);
        node.put(LAST, abs.toString());
        flush();
    }

    @Override
    public List<String> recentServers() {
        String joined = node.get(SERVERS, "");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    @Override
    public void addRecentServer(String where) {
        List<String> recent = new ArrayList<>(recentServers());
        recent.remove(where);
        recent.add(0, where);
        node.put(SERVERS, String.join("\n", recent.stream().limit(MAX_RECENT).toList()));
        node.put(LAST, where);
        flush();
    }

    @Override
    public Optional<String> lastStore() {
        return Optional.ofNullable(node.get(LAST, null));
    }

    @Override
    public Optional<String> member(String where) {
        return Optional.ofNullable(node.node(MEMBERS).get(key(where), null));
    }

    @Override
    public void setMember(String where, String member) {
        node.node(MEMBERS).put(key(where), member);
        flush();
    }

    @Override
    public ServerPasswords passwords() {
        return passwords;
    }

    /** A preference key is at most 80 characters: a long address is kept by its digest. */
    private static String key(String where) {
        if (where.length() <= Preferences.MAX_KEY_LENGTH) {
            return where;
        }
        return Integer.toHexString(where.hashCode()) + where.substring(where.length() - 60);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; the data file does not depend on them
        }
    }
}
