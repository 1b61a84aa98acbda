package qc.trousse.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password as PostgreSQL's own tools find it when the address has none: {@code PGPASSWORD}, else the first
 * matching line of {@code PGPASSFILE} or {@code ~/.pgpass} ({@code %APPDATA%\postgresql\pgpass.conf} on Windows).
 */
final class PgPass {
    private PgPass() {
    }

    static Optional<String> lookup(String host, int port, String database, String user, Map<String, String> env) {
        String direct = env.get("PGPASSWORD");
        if (direct != null && !direct.isEmpty()) {
            return Optional.of(direct);
        }
        Path file = file(env);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<String> f = fields(line);
                if (f.size() == 5 && matches(f.get(0), host) && matches(f.get(1), Integer.toString(port))
                        && matches(f.get(2), database) && matches(f.get(3), user)) {
                    return Optional.of(f.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // an unreadable ~/.pgpass gives no password: the server's refusal is told
        }
        return Optional.empty();
    }

    private static Path file(Map<String, String> env) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase().contains("win") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".pgpass");
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** hostname:port:database:username:password, with \: and \\ escaped; # starts a comment. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        if (line.startsWith("#")) {
            return fields;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
