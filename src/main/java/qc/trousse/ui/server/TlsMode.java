package qc.trousse.ui.server;

import qc.trousse.i18n.I18n;

/** How the connection to the office's server is encrypted, as PostgreSQL's {@code sslmode} names it. */
public enum TlsMode {
    DISABLE("disable"),
    REQUIRE("require"),
    /** Encrypted, and the server's certificate checked against the office's authority and its name. */
    VERIFY_FULL("verify-full");

    private final String sslMode;

    TlsMode(String sslMode) {
        this.sslMode = sslMode;
    }

    public String sslMode() {
        return sslMode;
    }

    public static TlsMode of(String sslMode) {
        for (TlsMode m : values()) {
            if (m.sslMode.equals(sslMode)) {
                return m;
            }
        }
        return DISABLE;
    }

    @Override
    public String toString() {
        return I18n.tr("server.window.tls." + sslMode);
    }
}
