package qc.trousse.ui;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.i18n.DateStyle;
import qc.trousse.i18n.I18n;
import qc.trousse.session.EditionWeekStep;
import qc.trousse.session.Session;
import qc.trousse.ui.edition.EditionWeekDialog;
import qc.trousse.ui.edition.EditionWeekViewModel;

import java.util.function.Function;

/**
 * Semaine de l'édition…: the file's campaign text before and after, with the week's plan moved along, is one
 * undoable step ({@link EditionWeekStep}). Once made, the store's services are built anew so every screen (board,
 * checklists, cocktail, certificates) reads the edition's new dates; its undo and redo are rebuilt the same way,
 * by the window model, as for any step made before the services were (see docs/adr/0013).
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
                        session.history().perform(EditionWeekStep.of(session, before, after));
                        session.history().seal();
                    } catch (CampaignFaults e) {
                        Failures.refuse(dialogs, I18n.tr("edition.week.title"), e.firstFault());
                        return;
                    }
                    model.switchTo(session.reopened());
                    var c = model.session().get().campaign();
                    model.status().set(I18n.tr("edition.week.changed", DateStyle.full(c.start()),
                            DateStyle.full(c.end())));
                }));
    }
}
