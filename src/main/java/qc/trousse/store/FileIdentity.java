package qc.trousse.store;

import java.util.UUID;

/**
 * A random id given to a data file once and kept in it, so what the file exports (calendar UIDs) stays the
 * same across exports and across machines the file is copied to, yet differs between two offices' files.
 */
public final class FileIdentity {
    static final String KEY = "file.id";

    private FileIdentity() {
    }

    public static String of(SettingRepository settings) {
        synchronized (settings) {
            return settings.get(KEY).orElseGet(() -> {
                String id = UUID.randomUUID().toString();
                settings.put(KEY, id);
                return id;
            });
        }
    }
}
