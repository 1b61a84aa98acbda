package qc.trousse.ui;

/**
 * What the window tells a screen it built (docs/adr/0008-one-screen-lifecycle.md). A screen is built the first
 * time it is shown and kept while it can be reached from the sidebar; it is disposed when the window drops it
 * (another file, another language) or closes. A screen's view implements this instead of watching its scene.
 */
public interface ScreenLifecycle {
    /** The screen came into sight: refresh what another screen may have changed meanwhile. */
    default void shown() {
    }

    /** Another screen took its place; it stays built and may be shown again. */
    default void hidden() {
    }

    /** It will not be shown again: stop following the session. Called once. */
    void disposed();
}
