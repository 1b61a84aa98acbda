package qc.trousse.ui;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.edit.SnapshotEdit;
import qc.trousse.i18n.DateStyle;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.edition.EditionWeekDialog;
import qc.trousse.ui.edition.EditionWeekViewModel;

import java.util.function.Function;

/**
 * Semaine de l'édition…: the file's campaign text before and after is the snapshot of one undoable edit. Writing
 * either opens the same store again with the same history, so every screen (board, checklists, cocktail,
 * certificates) is rebuilt on the edition's new dates, after the change and after its undo alike.
 */
public final class EditionWeekAction {
    private final MainViewModel model;
    private final DialogService dialogs;

    EditionWeekAction(MainViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Opens the form over the file's edition; a saved change is written at once. */
    public void open() {
        open(EditionWeekDialog::show);
    }

    /** The same with the form's answer given (tests, the screenshot tour). */
    public void open(Function<EditionWeekViewModel, java.util.Optional<String>> form) {
        Session session = model.session().get();
        String before = session.edition().ownText();
        String base = before.isEmpty() ? session.editions().text(session.edition().year()).orElseThrow() : before;
        form.apply(new EditionWeekViewModel(session.edition(), base)).filter(after -> !after.equals(base))
                .ifPresent(after -> model.guarded(() -> {
                    try {
                        session.history().perform(SnapshotEdit.writing("edit.edition.week", before, after,
                                this::write));
                        session.history().seal();
                    } catch (CampaignFaults e) {
                        Failures.refuse(dialogs, I18n.tr("edition.week.title"), e.firstFault());
                    }
                }));
    }

    private void write(String text) {
        Session current = model.session().get();
        current.writeOwnCampaign(text);
        model.switchTo(current.reopened());
        var c = model.session().get().campaign();
        model.status().set(I18n.tr("edition.week.changed", DateStyle.full(c.start()), DateStyle.full(c.end())));
    }
}
