package qc.trousse.ui;

import javafx.animation.AnimationTimer;

/** Work that waits until the window has drawn what it shows now: start-up steps that must not delay a frame. */
final class Frames {
    private Frames() {
    }

    /**
     * Runs the action on the FX thread at the start of the {@code count}-th pulse from now, before that pulse
     * draws: what the action hands to another thread comes back after the frame. Call on the FX thread.
     */
    static void after(int count, Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < count) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }
}
