package qc.trousse.ui;

import java.util.function.Consumer;

/**
 * Lets a screen send the person to another one ("Compléter le profil" from the print checks). The window is
 * built after its screens' factories, so it attaches itself here once it exists.
 */
public final class Navigation {
    private Consumer<String> window = id -> { };
    private Runnable editionWeek = () -> { };

    void attach(Consumer<String> show) {
        this.window = show;
    }

    void attachEditionWeek(Runnable action) {
        this.editionWeek = action;
    }

    /** Opens Semaine de l'édition… (from the home screen, where the week and its "à confirmer" are shown). */
    public void editionWeek() {
        editionWeek.run();
    }

    /** Opens the screen with this id, as a click in the sidebar would. */
    public void show(String screenId) {
        window.accept(screenId);
    }
}
