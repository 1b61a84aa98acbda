package qc.trousse.ui;

import qc.trousse.i18n.I18n;
import qc.trousse.store.DataFileException;
import qc.trousse.ui.edition.CampaignImportStep;
import qc.trousse.ui.edition.NewEditionDialog;
import qc.trousse.ui.edition.NewEditionViewModel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Fichier's actions on files, for the window's model: each ends with the window on the file it chose. */
public final class FileActions {
    private final MainViewModel model;
    private final DialogService dialogs;

    FileActions(MainViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    public void newFile() {
        dialogs.saveFile(I18n.tr("menu.file.new"), "trousse.db", List.of(FileType.DATA)).ifPresent(path -> {
            if (path.toFile().exists()) {
                Failures.refuse(dialogs, I18n.tr("menu.file.new"), I18n.tr("open.exists", path));
                return;
            }
            model.openPath(path);
        });
    }

    /** Fichier → Nouvelle édition…: the guided step, then the new file opens in the window. */
    public void newEdition() {
        NewEditionDialog.show(NewEditionViewModel.over(model.session().get(), LocalDate.now()),
                m -> Failures.refuse(dialogs, I18n.tr("edition.new.title"), m)).ifPresent(model::openPath);
    }

    /** Fichier → Importer une campagne…: once written, the file is opened again so every screen reads it. */
    public void importCampaign() {
        if (CampaignImportStep.run(model.session().get(), dialogs)) {
            // the same store (a file or the office's server) read again, not a path opened anew
            model.switchTo(model.session().get().reopened());
            model.status().set(I18n.tr("campaign.import.done", model.session().get().where(), model.session().get().edition().campaign()
                    .edition().current()));
        }
    }

    public void open() {
        dialogs.openFile(I18n.tr("menu.file.open"), List.of(FileType.DATA)).ifPresent(model::openPath);
    }

    public void saveCopy() {
        Path current = model.session().get().path();
        String suggested = current.getFileName().toString().replace(".db", "") + "-copie.db";
        dialogs.saveFile(I18n.tr("menu.file.saveCopy"), suggested, List.of(FileType.DATA)).ifPresent(target -> {
            try {
                model.session().get().file().saveCopy(target);
                model.status().set(I18n.tr("status.copied", target));
            } catch (DataFileException e) {
                Failures.report(dialogs, I18n.tr("menu.file.saveCopy"), e.userMessage(), e);
            }
        });
    }
}
