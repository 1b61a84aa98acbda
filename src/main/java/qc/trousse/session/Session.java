package qc.trousse.session;

import qc.trousse.campaign.Campaign;
import qc.trousse.certificates.render.CertificateDesignService;
import qc.trousse.edit.EditHistory;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;
import qc.trousse.store.CertificateDesignRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.ProfileRepository;
import qc.trousse.store.SettingRepository;

import java.nio.file.Path;

/**
 * Everything that works on one open data file: its services share one undo history. The window and the
 * headless commands build one of these and hand each screen or command only the services it uses.
 */
public final class Session implements AutoCloseable {
    private final DataFile file;
    private final Campaign campaign;
    private final EditHistory history = new EditHistory();
    private final OfficeService office;
    private final SettingRepository settings;
    private final CertificateDesignService certificateDesign;

    public Session(DataFile file, Campaign campaign, Ridings ridings) {
        this.file = file;
        this.campaign = campaign;
        this.office = new OfficeService(new ProfileRepository(file), history, ridings);
        this.settings = new SettingRepository(file);
        this.certificateDesign = new CertificateDesignService(new CertificateDesignRepository(file), history);
    }

    public DataFile file() {
        return file;
    }

    public Path path() {
        return file.path();
    }

    public Campaign campaign() {
        return campaign;
    }

    public EditHistory history() {
        return history;
    }

    public OfficeService office() {
        return office;
    }

    public SettingRepository settings() {
        return settings;
    }

    public CertificateDesignService certificateDesign() {
        return certificateDesign;
    }

    @Override
    public void close() {
        file.close();
    }
}
