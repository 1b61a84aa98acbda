package qc.trousse.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the data file lives when no --data is given, per operating system. */
public final class DataFileLocation {
    private DataFileLocation() {
    }

    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultFile(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "TrousseJPS", "trousse.db");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "TrousseJPS", "trousse.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("trousse-jps").resolve("trousse.db");
    }
}
