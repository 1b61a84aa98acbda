package qc.trousse.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The office's database as the user writes it: {@code postgresql://HOST[:PORT]/DB?user=NAME[&sslmode=…]}.
 * A password in the address is accepted but kept only here: {@link #toString()} and {@link #where()} leave it
 * out, so it reaches no message, log or list of recent stores.
 */
public final class StoreUrl {
    public static final int DEFAULT_PORT = 5432;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final String sslMode;

    private StoreUrl(String host, int port, String database, String user, String password, String sslMode) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.sslMode = sslMode;
    }

    /** Whether the text names a server rather than a file. */
    public static boolean isServer(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    public static StoreUrl parse(String text) throws ServerStoreException {
        return parse(text, System.getenv());
    }

    /** Reads the address; the password comes from it, else from PGPASSWORD or the pgpass file. */
    public static StoreUrl parse(String text, Map<String, String> env) throws ServerStoreException {
        if (text == null || text.isBlank()) {
            throw new ServerStoreException(ServerStoreException.Reason.EMPTY_URL, "", null, null);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw bad(text);
        }
        String path = uri.getRawPath() == null ? "" : decode(uri.getRawPath());
        if (!isServer(text) || uri.getHost() == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw bad(text);
        }
        Map<String, String> query = query(uri.getRawQuery());
        String info = uri.getRawUserInfo();
        String user = query.get("user");
        String password = query.get("password");
        if (info != null) {
            int colon = info.indexOf(':');
            user = user != null ? user : decode(colon < 0 ? info : info.substring(0, colon));
            password = password != null || colon < 0 ? password : decode(info.substring(colon + 1));
        }
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String db = path.substring(1);
        if (password == null) {
            password = PgPass.lookup(uri.getHost(), port, db, user, env).orElse(null);
        }
        return new StoreUrl(uri.getHost(), port, db, user, password, query.getOrDefault("sslmode", ""));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The TLS mode asked for (disable, require, verify-full…); empty for the driver's default. */
    public String sslMode() {
        return sslMode;
    }

    /** The same server with another TLS mode. */
    StoreUrl withSslMode(String mode) {
        return new StoreUrl(host, port, database, user, password, mode);
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    boolean hasPassword() {
        return password != null;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** The driver's properties: the credentials travel here, never in the driver's URL. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        if (!sslMode.isEmpty()) {
            p.setProperty("sslmode", sslMode);
        }
        p.setProperty("ApplicationName", "Trousse JPS");
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10");
        return p;
    }

    /** The address without the password, as shown to the user. */
    public String where() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + h + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database + "?user=" + user
                + (sslMode.isEmpty() ? "" : "&sslmode=" + sslMode);
    }

    @Override
    public String toString() {
        return where();
    }

    private static ServerStoreException bad(String text) {
        // The address as typed may hold a password: say what is wrong without repeating it.
        return new ServerStoreException(ServerStoreException.Reason.BAD_URL, "", null, null);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
