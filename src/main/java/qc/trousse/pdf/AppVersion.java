package qc.trousse.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version as the build wrote it in version.properties; "dev" when run from unbuilt sources. */
public final class AppVersion {
    public static final String NAME = "Trousse JPS";
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String version() {
        return VERSION;
    }

    /** "Trousse JPS 0.1.0": how the files the app writes name the program that made them. */
    public static String nameAndVersion() {
        return NAME + " " + VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/qc/trousse/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            // an unfiltered copy (an IDE that skips Maven's filtering) still says ${project.version}
            return v.isBlank() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev"; // the version is only written into documents' metadata
        }
    }
}
