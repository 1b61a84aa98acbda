package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignLoader;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.Store;
import qc.trousse.store.StoreOpenException;
import qc.trousse.store.StoreUrl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** What a headless command gets: where to print, which store (the file, or the office's server), a way to open it. */
public final class CliContext {
    private final PrintStream out;
    private final Path data;
    private final Optional<String> server;

    public CliContext(PrintStream out, Path data, Optional<String> server) {
        this.out = out;
        this.data = data;
        this.server = server;
    }

    public PrintStream out() {
        return out;
    }

    /** The data file, when the store is a file. */
    public Path data() {
        return data;
    }

    /** The server's address as given (it may hold a password: never print it), when the store is a server. */
    public Optional<String> server() {
        return server;
    }

    /** The file or the server's address without its password, for messages. */
    public String where() {
        if (server.isEmpty()) {
            return data.toString();
        }
        try {
            return StoreUrl.parse(server.get()).where();
        } catch (StoreOpenException e) {
            return "postgresql://…";
        }
    }

    /** Opens the store (the file under its lock, or the server); any refusal becomes one plain sentence. */
    public Session openSession() throws CommandFailure {
        try {
            Campaign campaign = CampaignLoader.jps2020();
            Store store = server.isPresent() ? ServerStore.open(StoreUrl.parse(server.get())) : DataFile.open(data);
            return new Session(store, campaign, Ridings.load());
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.userMessage());
        }
    }
}
