package qc.trousse.work;

import qc.trousse.i18n.I18n;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Every file the app writes for people to open (PDF, CSV, .ics, PNG, a copy of the data file) goes through
 * here, so each is whole or absent, and readable by colleagues:
 * <ul>
 * <li>the target is checked before any work: a folder, a device, a missing or read-only folder is refused in
 * one sentence and left as it is; a missing folder is never created (one rule for every output);</li>
 * <li>the bytes go to ".NAME.RANDOM.part" beside the target, created as any program creates a file (the
 * user's umask, not the owner-only mode of a temporary file), then fsync, atomic rename, fsync of the folder:
 * a power cut leaves the previous good file or the new one, never an empty one.</li>
 * </ul>
 */
public final class WholeFile {
    /** A leftover older than this was left by a process that was killed: no single output takes that long. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes the content (and may stop, as a cancelled batch does); the stream is closed by this class. */
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    private WholeFile() {
    }

    /** Writes the target whole; leftovers of a killed earlier write of the same target are removed. */
    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path abs = OutputTarget.checkFile(target);
        Path folder = abs.getParent();
        String name = abs.getFileName().toString();
        Instant before = Instant.now().minus(ABANDONED);
        removeLeftovers(folder, n -> isLeftoverOf(n, name), p -> olderThan(p, before));
        writeFresh(abs, content);
        syncFolder(folder);
    }

    /**
     * Writes the target whole, for one of a batch of many files in one folder: the batch clears the folder's
     * leftovers once (listing the folder for each of 5,000 files made the batch quadratic) and calls
     * {@link #syncFolder} once at the end. Each file is still fsynced before its rename, so a power cut leaves
     * it whole under its name or whole under its ".part" name, which the batch's rerun removes.
     */
    public static <E extends Exception> void writeFresh(Path target, Content<E> content) throws IOException, E {
        Path abs = OutputTarget.checkFile(target);
        Path folder = abs.getParent();
        String name = abs.getFileName().toString();
        Path part = folder.resolve("." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextInt()) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            rename(part, abs);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        WholeFile.<RuntimeException>write(target, out -> out.write(bytes));
    }

    /** Renames a finished file onto the target atomically, then makes the rename itself survive a power cut. */
    public static void moveInto(Path finished, Path target) throws IOException {
        rename(finished, target);
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static void rename(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The name of the file being written for a target, while it is written: ".NAME.RANDOM.part". */
    public static boolean isLeftoverOf(String fileName, String targetName) {
        String prefix = "." + targetName + ".";
        return fileName.startsWith(prefix) && fileName.endsWith(".part")
                && fileName.length() == prefix.length() + 8 + ".part".length();
    }

    /** Deletes the leftovers in a folder whose names match and that the filter accepts; returns how many. */
    public static int removeLeftovers(Path folder, Predicate<String> named, Predicate<Path> stale) {
        int removed = 0;
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (named.test(p.getFileName().toString()) && stale.test(p) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException ignored) {
            // an unlistable folder fails on the write that follows, with a sentence naming it
        }
        return removed;
    }

    private static boolean olderThan(Path p, Instant before) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(before);
        } catch (IOException e) {
            return false; // its date cannot be read: the leftover is kept rather than removed
        }
    }

    /** fsync of the folder, so the new name is on the disk; not possible on Windows, where NTFS journals it. */
    public static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a file; its file system journals renames itself
        }
    }

    /** The reason a target was refused, as one sentence in the user's language. */
    public static final class Refused extends IOException {
        Refused(String key, Object... args) {
            super(I18n.tr(key, args));
        }
    }
}
