package qc.trousse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the server has a certificate to present, so the window may offer {@code verify-full}: the connection
 * already open says whether it is encrypted; one made with TLS turned off asks again through a second login that
 * requires it (the server answers "no TLS here" before any password is sent).
 */
final class TlsProbe {
    private TlsProbe() {
    }

    static boolean offersTls(Connection open, StoreUrl url) {
        try (Statement s = open.createStatement();
             ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            if (rs.next() && rs.getBoolean(1)) {
                return true;
            }
        } catch (SQLException e) {
            return false;
        }
        if (!"disable".equals(url.sslMode())) {
            // The driver's default and "require" would have used TLS had the server offered it.
            return false;
        }
        StoreUrl required = url.withSslMode("require");
        try (Connection c = DriverManager.getConnection(required.jdbcUrl(), required.properties())) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }
}
