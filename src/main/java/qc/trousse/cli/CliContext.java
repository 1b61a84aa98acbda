package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Ridings;
import qc.trousse.session.DataFiles;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.Store;
import qc.trousse.store.StoreOpenException;
import qc.trousse.store.StoreUrl;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a headless command gets: where to print, which store (the file, or the office's server), a way to open it. */
public final class CliContext {
    private final PrintStream out;
    private final Path data;
    private final DataFile.Use use;
    private final Optional<String> server;
    private final Optional<String> member;

    CliContext(PrintStream out, Path data, DataFile.Use use, GlobalOptions options) {
        this.out = out;
        this.data = data;
        this.use = use;
        this.server = options.store();
        this.member = options.member();
    }

    public PrintStream out() {
        return out;
    }

    /** The data file, when the store is a file. */
    public Path data() {
        return data;
    }

    /**
     * The campaign a command that needs no open file works with: the data file's edition when the file exists,
     * else the shipped edition in progress or next by the real date.
     */
    public Campaign campaign() throws CommandFailure {
        if (server.isEmpty() && !Files.exists(data)) {
            return Editions.shipped().current(LocalDate.now());
        }
        try (Session session = openSession()) {
            return session.campaign();
        }
    }

    /**
     * Opens the data file under its lock; any refusal becomes one plain sentence. A command that reads refuses a
     * file that does not exist; a command that writes into it creates it and says so.
     */

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

    public Session openSession() throws CommandFailure {
        Store file;
        boolean isNew = false;
        try {
            if (server.isPresent()) {
                ServerStore store = ServerStore.open(StoreUrl.parse(server.get()));
                member.ifPresent(store::signAs);
                file = store;
            } else {
                DataFiles.Opened opened = DataFiles.open(data, use, Editions.shipped(), LocalDate.now());
                file = opened.file();
                isNew = opened.made();
            }
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
        try {
            Session session = new Session(file, Editions.shipped(), Ridings.load());
            refuseAStranger(session);
            if (isNew) {
                out.println(I18n.tr("store.created", session.path()));
            }
            return session;
        } catch (CampaignFaults e) {
            file.close();
            throw new CommandFailure(e.firstFault(), e);
        }
    }

    /** As in the window: the member is one of the office's team, any name while the profile names nobody yet. */
    private void refuseAStranger(Session session) throws CommandFailure {
        List<String> team = session.office().profile().staff();
        if (member.isPresent() && !team.isEmpty() && !team.contains(member.get())) {
            session.close();
            throw new CommandFailure(I18n.tr("cli.memberNotInTeam", member.get(), String.join(", ", team)));
        }
    }
}
