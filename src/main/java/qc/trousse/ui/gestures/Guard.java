package qc.trousse.ui.gestures;

import qc.trousse.gestures.GestureRejected;
import qc.trousse.i18n.I18n;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;

/** Runs a change to the plan and tells the user plainly when it was refused; nothing was saved then. */
final class Guard {
    private Guard() {
    }

    static boolean run(DialogService dialogs, Runnable change) {
        try {
            change.run();
            return true;
        } catch (GestureRejected e) {
            Failures.refuse(dialogs, I18n.tr("gestures.error.heading"), I18n.tr(e.key(), e.args()));
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"), I18n.tr("gestures.error.store", e.getMessage()),
                    e);
        }
        return false;
    }
}
