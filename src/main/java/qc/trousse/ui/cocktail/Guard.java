package qc.trousse.ui.cocktail;

/** Runs an edit; a save that fails (disk full, key pulled out) is told plainly and the edit did not happen. */
@FunctionalInterface
interface Guard {
    void run(Runnable edit);
}
