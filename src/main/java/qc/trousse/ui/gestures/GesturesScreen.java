package qc.trousse.ui.gestures;

import javafx.scene.Node;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;

import java.util.List;
import java.util.function.Supplier;

/** Builds the gestures screen from a session: its view-models share the session's plan and staff. */
public final class GesturesScreen {
    private GesturesScreen() {
    }

    public static Node view(Session session, DialogService dialogs) {
        Supplier<List<String>> staff = () -> session.office().profile().staff();
        GestureEditorViewModel editor = new GestureEditorViewModel(session.gestures(), dialogs, staff);
        WalkThroughViewModel walk = new WalkThroughViewModel(session.gestures(), dialogs, staff,
                session.settings()::get, session.settings()::put);
        return new GesturesView(new WeekBoardViewModel(session.gestures(), dialogs,
                session.cocktailClashes()), editor, walk);
    }
}
