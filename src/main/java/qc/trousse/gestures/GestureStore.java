package qc.trousse.gestures;

import java.util.List;

/** Where the plan is kept; the SQLite file in the app, each call one transaction. */
public interface GestureStore {
    List<PlannedGesture> loadPlan();

    List<CustomGesture> loadCustom();

    /** Writes the gesture and its whole checklist, replacing what was there under its id. */
    void save(PlannedGesture gesture);

    void delete(long gestureId);

    void saveCustom(CustomGesture custom);

    void deleteCustom(long customId);

    /** An id not used by any gesture or custom gesture yet. */
    long nextId();
}
