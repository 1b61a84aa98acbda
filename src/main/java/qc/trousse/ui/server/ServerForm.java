package qc.trousse.ui.server;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.store.ServerPasswords;
import qc.trousse.store.ServerStoreException;
import qc.trousse.store.StoreUrl;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The fields of the connection dialog and the address they make. The password typed is used, else the one the
 * keyring kept for this address, else PostgreSQL's own PGPASSWORD and pgpass file. The password never goes into
 * the address that is shown, logged or remembered ({@link StoreUrl#where()}).
 */
public final class ServerForm {
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty(String.valueOf(StoreUrl.DEFAULT_PORT));
    final StringProperty database = new SimpleStringProperty("trousse");
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.DISABLE);
    private final ServerPasswords passwords;
    private final Map<String, String> env;

    ServerForm(ServerPasswords passwords, Map<String, String> env) {
        this.passwords = passwords;
        this.env = env;
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    /** Empty: the keyring's for this address, else PGPASSWORD or the pgpass file. */
    public StringProperty password() {
        return password;
    }

    public ObjectProperty<TlsMode> tls() {
        return tls;
    }

    /** The fields of an address (a recent server, or one pasted whole into the server field, password and all). */
    void fill(String address) throws ServerStoreException {
        StoreUrl url = StoreUrl.parse(address, Map.of());
        host.set(url.host());
        port.set(String.valueOf(url.port()));
        database.set(url.database());
        user.set(url.user());
        tls.set(TlsMode.of(url.sslMode()));
        password.set(passwordIn(address));
    }

    /** The address the fields make, with the password found for it; one plain sentence if a field is wrong. */
    StoreUrl url() throws ServerStoreException, BadField {
        String text = text();
        String typed = password.get();
        if (!typed.isEmpty()) {
            return StoreUrl.parse(text, Map.of("PGPASSWORD", typed));
        }
        String where = StoreUrl.parse(text, Map.of("PGPASSFILE", "")).where();
        return passwords.lookup(where).isPresent()
                ? StoreUrl.parse(text, Map.of("PGPASSWORD", passwords.lookup(where).get()))
                : StoreUrl.parse(text, env);
    }

    private String text() throws ServerStoreException, BadField {
        String h = host.get().strip();
        if (h.isEmpty()) {
            throw new ServerStoreException(ServerStoreException.Reason.EMPTY_URL, "", null, null);
        }
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535 || database.get().isBlank()) {
            throw new BadField(I18n.tr(p < 1 || p > 65535 ? "server.window.badPort" : "server.window.noDatabase"));
        }
        String name = h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        String who = user.get().isBlank() ? "" : "user=" + encode(user.get().strip()) + "&";
        return "postgresql://" + name + ":" + p + "/" + encode(database.get().strip()) + "?" + who + "sslmode="
                + tls.get().sslMode();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The password written in an address, as user:password@ or ?password=; empty when there is none. */
    private static String passwordIn(String address) {
        try {
            URI uri = new URI(address.strip());
            String info = uri.getRawUserInfo();
            if (info != null && info.indexOf(':') >= 0) {
                return URLDecoder.decode(info.substring(info.indexOf(':') + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8);
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            for (String pair : query.split("&")) {
                if (pair.startsWith("password=")) {
                    return URLDecoder.decode(pair.substring(9).replace("+", "%2B"), StandardCharsets.UTF_8);
                }
            }
        } catch (java.net.URISyntaxException e) {
            return "";
        }
        return "";
    }

    /** A field the user must correct, said in one sentence of their language. */
    static final class BadField extends Exception {
        BadField(String sentence) {
            super(sentence);
        }
    }
}
