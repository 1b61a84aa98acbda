package qc.trousse.ui.office;

import qc.trousse.i18n.I18n;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;

import java.util.function.UnaryOperator;

/**
 * The one way the profile's parts write: an undoable edit through the service, and on a refused write the one
 * error path, then the file's values shown again so no control keeps a value the file does not hold.
 */
final class ProfileEdits {
    private final OfficeService office;
    private final DialogService dialogs;
    private Runnable showAgain = () -> { };

    ProfileEdits(OfficeService office, DialogService dialogs) {
        this.office = office;
        this.dialogs = dialogs;
    }

    OfficeService office() {
        return office;
    }

    DialogService dialogs() {
        return dialogs;
    }

    void afterRefusal(Runnable show) {
        this.showAgain = show;
    }

    /** A choice, an image or a list entry: one undo step. */
    void update(String field, UnaryOperator<OfficeProfile> change) {
        run(() -> office.update(field, change));
    }

    /** Typing in a text field: keystrokes fold into one undo step. */
    void type(String field, UnaryOperator<OfficeProfile> change) {
        run(() -> office.type(field, change));
    }

    void run(Runnable edit) {
        try {
            edit.run();
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"),
                    I18n.tr("store.writeFailed", "", e.getMessage()), e);
            showAgain.run();
        }
    }
}
