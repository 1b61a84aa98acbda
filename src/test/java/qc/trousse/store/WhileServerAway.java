package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The start of the tests of edits kept while the office's server is away (ADR 0020): a fresh database migrated by
 * the owner, the user's data folder (where the journal goes), an owner connection to look behind the app's back,
 * and the server always let back in afterwards ({@link ServerAway}).
 */
abstract class WhileServerAway {
    static final String SOPHIE = "Sophie Gagnon";
    @TempDir
    Path dir;
    TestDatabase db;
    Connection owner;

    @BeforeEach
    void freshDatabase() throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner(), dir).close();
        owner = db.ownerConnection();
    }

    @AfterEach
    void drop() throws Exception {
        ServerAway.back(db);
        owner.close();
        db.close();
    }

    String onServer(String sql) throws Exception {
        return ServerAway.onServer(owner, sql);
    }

    /** The journal file of this member on the test database. */
    Path journal(String member) throws ServerStoreException {
        return dir.resolve(EditJournal.fileName(db.app().where(), member));
    }

    /** Each sending of the kept edits, as the store reports it. */
    static BlockingQueue<KeptEditsSent> sendings(ServerStore store) {
        BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
        store.onKeptEditsSent(sendings::add);
        return sendings;
    }
}
