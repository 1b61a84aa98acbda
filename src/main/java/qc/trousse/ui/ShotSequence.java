package qc.trousse.ui;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps of --screenshots, one picture each: a step is opened, then pictured once it has been ready for a few
 * frames (or after a patience, so the tour always ends), and the next one follows. The files written are handed
 * over at the end.
 */
public abstract class ShotSequence<T> extends AnimationTimer {
    private final int quietFrames;
    private final long patienceNanos;
    private final Deque<T> steps = new ArrayDeque<>();
    private final List<Path> written = new ArrayList<>();
    private final Consumer<List<Path>> whenDone;
    private T current;
    private int quiet;
    private long openedAt;

    protected ShotSequence(int quietFrames, long patienceNanos, Consumer<List<Path>> whenDone) {
        this.quietFrames = quietFrames;
        this.patienceNanos = patienceNanos;
        this.whenDone = whenDone;
    }

    /** Opens the step as a person would. */
    protected abstract void open(T step);

    /** Whether what the step shows is there and nothing is running behind it. */
    protected abstract boolean ready(T step);

    /** Writes the step's picture and, if it opened something, closes it; the file written is returned. */
    protected abstract Path take(T step);

    /** Opens the next step; by default at once, in the frame that took the last picture. */
    protected void after(T taken) {
        next();
    }

    protected final void walk(Collection<T> all) {
        steps.addAll(all);
        next();
        start();
    }

    @Override
    public final void handle(long now) {
        if (current == null) {
            return;
        }
        quiet = ready(current) ? quiet + 1 : 0;
        if (quiet >= quietFrames || now - openedAt > patienceNanos) {
            T done = current;
            current = null;
            written.add(take(done));
            after(done);
        }
    }

    protected final void next() {
        current = steps.poll();
        if (current == null) {
            stop();
            whenDone.accept(List.copyOf(written));
            return;
        }
        quiet = 0;
        openedAt = System.nanoTime();
        open(current);
    }

    /** What the window shows, with the dialog (if not the window itself) drawn where the desktop would put it. */
    public static Path write(Window main, Window front, Path file) {
        BufferedImage back = SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null);
        if (front != main) {
            BufferedImage dialog = SwingFXUtils.fromFXImage(front.getScene().snapshot(null), null);
            Graphics2D g = back.createGraphics();
            int x = Math.max(0, (back.getWidth() - dialog.getWidth()) / 2);
            int y = Math.max(0, (back.getHeight() - dialog.getHeight()) / 3);
            g.setColor(new Color(0, 0, 0, 60));
            g.fillRect(x + 4, y + 4, dialog.getWidth(), dialog.getHeight());
            g.drawImage(dialog, x, y, null);
            g.setColor(new Color(120, 120, 120));
            g.drawRect(x - 1, y - 1, dialog.getWidth() + 1, dialog.getHeight() + 1);
            g.dispose();
        }
        try {
            ImageIO.write(back, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
