package qc.trousse.ui.edition;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.Edition;
import qc.trousse.campaign.WeekWords;
import qc.trousse.i18n.I18n;
import qc.trousse.session.CampaignImport;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fichier → Importer une campagne…: the office picks the campaign file it received; the loader checks it whole
 * (every fault is listed with its line and key and nothing changes), the office confirms what the file's edition
 * becomes, and only then is it written. The caller opens the file again so every screen reads the new campaign.
 */
public final class CampaignImportStep {
    private CampaignImportStep() {
    }

    /** Asks for the file; true once a campaign was written into the session's file. */
    public static boolean run(Session session, DialogService dialogs) {
        Optional<Path> file = dialogs.openFile(I18n.tr("campaign.import.title"), List.of(FileType.CAMPAIGN));
        return file.isPresent() && importFile(session, dialogs, file.get());
    }

    /** Checks, confirms and writes one campaign file; true when written. */
    public static boolean importFile(Session session, DialogService dialogs, Path file) {
        String title = I18n.tr("campaign.import.title");
        Edition checked;
        try {
            checked = CampaignImport.check(session, CampaignImport.read(file));
        } catch (CampaignImport.Unreadable e) {
            qc.trousse.ui.Failures.refuse(dialogs, title, e.getMessage());
            return false;
        } catch (CampaignFaults e) {
            qc.trousse.ui.Failures.refuse(dialogs, title,
                    I18n.tr("campaign.import.refused") + "\n" + String.join("\n", e.faults()));
            return false;
        }
        Campaign c = checked.campaign();
        String week = c.facts().weekConfirmed() ? "" : " (" + I18n.tr("edition.toConfirm") + ")";
        String theme = c.themeShown();
        if (!dialogs.confirm(title, WeekWords.tr(c, "campaign.import.confirm", file.getFileName(),
                c.edition().current(), theme, week))) {
            return false;
        }
        try {
            CampaignImport.write(session, checked);
        } catch (CampaignFaults e) {
            qc.trousse.ui.Failures.refuse(dialogs, title, e.firstFault());
            return false;
        }
        return true;
    }
}
