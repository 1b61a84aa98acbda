package qc.trousse.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the window keeps the password of an office server it connected to, so the recent list can reconnect
 * without holding it: the OS keyring when there is one (Linux's Secret Service through {@code secret-tool}), else a
 * file only the user may read. The key is the server's address without password ({@link StoreUrl#where()}).
 */
public interface ServerPasswords {
    Optional<String> lookup(String where);

    void remember(String where, String password) throws StoreException;

    void forget(String where);

    /** The keyring if {@code secret-tool} is on the PATH, else the private file in the user's config folder. */
    static ServerPasswords forUser() {
        return SecretToolPasswords.available(System.getenv("PATH"))
                ? new SecretToolPasswords()
                : new PrivateFilePasswords(configFolder().resolve("server-passwords"));
    }

    /** The user's configuration folder for the app, per operating system (not the data folder). */
    static Path configFolder() {
        return configFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path configFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Path.of(env.getOrDefault("APPDATA", home + "\\AppData\\Roaming"), "TrousseJPS");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Preferences", "TrousseJPS");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".config") : Path.of(xdg)).resolve("trousse-jps");
    }
}
