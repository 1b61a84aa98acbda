package qc.trousse.ui.server;

import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.ServerPasswords;
import qc.trousse.store.ServerStore;
import qc.trousse.store.ServerStoreException;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.UserSettings;

import java.util.Map;

/** Opens a session on the office's server, off the FX thread: the store, the member signed in, the services. */
public final class ServerSessions {
    private final Editions editions;
    private final Ridings ridings;

    public ServerSessions(Editions editions, Ridings ridings) {
        this.editions = editions;
        this.ridings = ridings;
    }

    public Session open(StoreUrl url, String member) throws ServerStoreException {
        ServerStore store = ServerStore.open(url);
        try {
            store.signAs(member);
            return new Session(store, editions, ridings);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * A server of the recent list (or the last store at start-up): the password from the keyring, else
     * PostgreSQL's own; the member the user said they were there.
     */
    public Session reopen(String where, UserSettings settings, ServerPasswords passwords, Map<String, String> env)
            throws ServerStoreException {
        java.util.Optional<String> kept = passwords.lookup(where);
        StoreUrl url = StoreUrl.parse(where, kept.isPresent() ? Map.of("PGPASSWORD", kept.get()) : env);
        return open(url, settings.member(where).orElse(""));
    }
}
