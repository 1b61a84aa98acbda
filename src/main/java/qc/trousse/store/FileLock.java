package qc.trousse.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One writer at a time: an OS lock on a small file beside the data file, which also says who holds it
 * so a second instance can tell the user ("open by marie on BUREAU-02 since 09:14").
 */
final class FileLock implements AutoCloseable {
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

    static FileLock acquire(Path dataFile) throws DataFileException {
        Path lockFile = lockFileOf(dataFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw new DataFileException(DataFileException.Reason.LOCKED, dataFile, holder);
            }
            byte[] who = holder().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who), 0);
            channel.force(true);
            return new FileLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFileException(DataFileException.Reason.IO, dataFile, e.getMessage(), e);
        }
    }

    private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException alreadyHeldInThisProcess) {
            return null;
        }
    }

    private static String readHolder(Path lockFile) {
        try {
            // The holder keeps the channel open; reading through another handle is allowed on every OS here.
            return Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static String holder() {
        // From the environment, never from a name lookup: the app opens no socket.
        String host = System.getenv("COMPUTERNAME");
        if (host == null) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null) {
            try {
                host = Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException e) {
                host = "?";
            }
        }
        return System.getProperty("user.name") + "@" + host + " (pid " + ProcessHandle.current().pid() + ", "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ")";
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
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a stale lock file is harmless: the OS lock, not the file, decides
        }
    }
}
