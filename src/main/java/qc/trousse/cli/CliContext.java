package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignLoader;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a headless command gets: where to print, which file, and a way to open it. */
public final class CliContext {
    private final PrintStream out;
    private final Path data;

    public CliContext(PrintStream out, Path data) {
        this.out = out;
        this.data = data;
    }

    public PrintStream out() {
        return out;
    }

    public Path data() {
        return data;
    }

    /** Opens the data file under its lock; any refusal becomes one plain sentence. */
    public Session openSession() throws CommandFailure {
        try {
            Campaign campaign = CampaignLoader.jps2020();
            return new Session(DataFile.open(data), campaign, Ridings.load());
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage());
        }
    }
}
