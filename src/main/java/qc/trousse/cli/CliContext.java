package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a headless command gets: where to print, which file, and a way to open it. */
public final class CliContext {
    private final PrintStream out;
    private final Path data;
    private final DataFile.Use use;

    CliContext(PrintStream out, Path data, DataFile.Use use) {
        this.out = out;
        this.data = data;
        this.use = use;
    }

    public PrintStream out() {
        return out;
    }

    public Path data() {
        return data;
    }

    /**
     * The campaign a command that needs no open file works with: the data file's edition when the file exists,
     * else the shipped edition in progress or next by the real date.
     */
    public Campaign campaign() throws CommandFailure {
        if (!java.nio.file.Files.exists(data)) {
            return Editions.shipped().current(java.time.LocalDate.now());
        }
        try (Session session = openSession()) {
            return session.campaign();
        }
    }

    /**
     * Opens the data file under its lock; any refusal becomes one plain sentence. A command that reads refuses a
     * file that does not exist; a command that writes into it creates it and says so.
     */
    public Session openSession() throws CommandFailure {
        DataFile file;
        boolean isNew = use.creates() && Files.notExists(data);
        try {
            file = DataFile.open(data, use);
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage());
        }
        try {
            Session session = new Session(file, Editions.shipped(), Ridings.load());
            if (isNew) {
                out.println(I18n.tr("store.created", session.path()));
            }
            return session;
        } catch (CampaignFaults e) {
            file.close();
            throw new CommandFailure(e.firstFault());
        }
    }
}
