package qc.trousse.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One writer at a time: an OS lock on a small file beside the data file, which also says who holds it so a
 * second instance can tell the user ("the window of marie on BUREAU-02 since 09:14"). The file itself stays:
 * deleting it on release would let a late-comer lock a new file while another still holds the old one. Only the
 * OS lock decides; the record inside is written in one write of a fixed size, so it is never seen half-written.
 */
final class FileLock implements AutoCloseable {
    /**
     * The lock files this process holds. On POSIX systems closing any handle of a file drops every lock the
     * process has on it, so a file held here is never opened a second time, only refused.
     */
    private static final Map<Path, LockHolder> HELD = new ConcurrentHashMap<>();
    private final Path lockFile;
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(Path lockFile, FileChannel channel, java.nio.channels.FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName() + ".lock");
    }

    static FileLock acquire(Path dataFile, LockHolder me) throws DataFileException {
        Path lockFile = lockFileOf(dataFile);
        if (HELD.putIfAbsent(lockFile, me) != null) {
            throw new DataFileException(DataFileException.Reason.LOCKED, dataFile, heldHere(lockFile));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(channel).describe();
                channel.close();
                HELD.remove(lockFile);
                throw new DataFileException(DataFileException.Reason.LOCKED, dataFile, holder);
            }
            write(channel, me);
            channel.force(true);
            return new FileLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw new DataFileException(DataFileException.Reason.IO, dataFile, e.getMessage(), e);
        }
    }

    /** The holder in this very process, known without opening the file again. */
    private static String heldHere(Path lockFile) {
        return HELD.getOrDefault(lockFile, LockHolder.UNKNOWN).describe();
    }

    /**
     * Refuses at once a file another instance holds, before it is even inspected: reading a file while its
     * holder writes would be wasted, and could be mistaken for damage. Creates no lock file.
     */
    static void refuseIfHeld(Path dataFile) throws DataFileException {
        Path lockFile = lockFileOf(dataFile);
        if (HELD.containsKey(lockFile)) {
            throw new DataFileException(DataFileException.Reason.LOCKED, dataFile, heldHere(lockFile));
        }
        if (!java.nio.file.Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataFileException(DataFileException.Reason.LOCKED, dataFile, readHolder(channel).describe());
            }
            lock.release();
        } catch (IOException e) {
            // not ours to open (read-only folder, another user's file): the checks that follow say why
        }
    }

    /** The holder for a window, now, from this process. */
    static LockHolder window() {
        return new LockHolder(LockHolder.Kind.WINDOW, "", user(), host(), ProcessHandle.current().pid(),
                LocalDateTime.now());
    }

    static LockHolder command(String name) {
        return new LockHolder(LockHolder.Kind.COMMAND, name, user(), host(), ProcessHandle.current().pid(),
                LocalDateTime.now());
    }

    private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException alreadyHeldInThisProcess) {
            return null;
        }
    }

    private static void write(FileChannel channel, LockHolder holder) throws IOException {
        ByteBuffer record = ByteBuffer.wrap(holder.record());
        while (record.hasRemaining()) {
            channel.write(record, record.position());
        }
    }

    /**
     * The holder as written; a holder that has just taken the lock may not have written itself yet (the record
     * then says "free"): look again a few times before saying it is unknown.
     */
    private static LockHolder readHolder(FileChannel channel) throws IOException {
        LockHolder read = LockHolder.UNKNOWN;
        for (int attempt = 0; attempt < 10 && read == LockHolder.UNKNOWN; attempt++) {
            if (attempt > 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            ByteBuffer bytes = ByteBuffer.allocate(LockHolder.SIZE);
            int total = 0;
            int n;
            while (bytes.hasRemaining() && (n = channel.read(bytes, total)) > 0) {
                total += n;
            }
            read = LockHolder.parse(bytes.array(), total);
        }
        return read;
    }

    private static String user() {
        return System.getProperty("user.name", "?");
    }

    private static String host() {
        // From the environment, never from a name lookup: the app opens no socket.
        String host = System.getenv("COMPUTERNAME");
        if (host == null) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null) {
            try {
                host = java.nio.file.Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException e) {
                host = "?"; // only shown to say who holds the file; the lock works without it
            }
        }
        return host.isBlank() ? "?" : host;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            write(channel, LockHolder.FREE);
        } catch (IOException ignored) {
            // a stale record is harmless: it is read only while the OS lock is held, by its next holder
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
    }
}
