package qc.trousse.ui.cocktail;

/** Runs an edit; a save that fails (disk full, key pulled out) is told plainly and the edit did not happen. */
@FunctionalInterface
interface Guard {
    /** Lets every edit through, for models tested alone. */
    Guard NONE = Runnable::run;

    void run(Runnable edit);
}
