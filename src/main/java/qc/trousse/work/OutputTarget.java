package qc.trousse.work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Where an output may go, checked before any work, with one rule for every output: the file's folder must
 * already exist (it is never created, so a mistyped path is said, not silently made); an existing folder,
 * device or special file given as the file is refused and left as it is.
 */
public final class OutputTarget {
    private OutputTarget() {
    }

    /** The absolute path of a file output that may be written; refused in one sentence otherwise. */
    public static Path checkFile(Path target) throws WholeFile.Refused {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new WholeFile.Refused("output.isFolder", abs);
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new WholeFile.Refused("output.notRegular", abs);
        }
        checkFolder(abs.getParent(), abs);
        return abs;
    }

    /**
     * The folder of a one-file-per-person output ("--each DIR"): it is the output, so it is created when missing,
     * under the same rule as a file: its own folder must exist.
     */
    public static Path prepareFolder(Path dir) throws IOException {
        Path abs = checkFolderOutput(dir);
        if (!Files.isDirectory(abs)) {
            Files.createDirectory(abs);
        }
        return abs;
    }

    /** The same checks as {@link #prepareFolder}, creating nothing: for a command, before any work. */
    public static Path checkFolderOutput(Path dir) throws WholeFile.Refused {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new WholeFile.Refused("output.notAFolder", abs);
        }
        if (!Files.isDirectory(abs)) {
            checkFolder(abs.getParent(), abs);
        } else if (readOnly(abs)) {
            throw new WholeFile.Refused("output.folderReadOnly", abs, abs);
        }
        return abs;
    }

    private static void checkFolder(Path folder, Path target) throws WholeFile.Refused {
        Path closed = firstClosed(folder);
        if (closed != null) {
            throw new WholeFile.Refused("output.forbidden", closed, target);
        }
        if (folder == null || !Files.exists(folder)) {
            Path shown = folder == null ? target : folder;
            throw new WholeFile.Refused("output.noFolder", shown, target);
        }
        if (!Files.isDirectory(folder)) {
            throw new WholeFile.Refused("output.parentNotFolder", folder, target);
        }
        if (readOnly(folder)) {
            throw new WholeFile.Refused("output.folderReadOnly", folder, target);
        }
    }

    /**
     * The folder on the way that the user cannot enter, if any: the folder itself, or, when it seems missing, the
     * nearest one that exists (what lies past it cannot even be looked at, so "does not exist" would be a guess).
     */
    private static Path firstClosed(Path folder) {
        Path f = folder;
        while (f != null && !Files.exists(f)) {
            f = f.getParent();
        }
        return f != null && Files.isDirectory(f) && !Files.isExecutable(f) ? f : null;
    }

    /** No write permission for the user, or no write bit at all (as the user set it, even for an administrator). */
    private static boolean readOnly(Path folder) {
        if (!Files.isWritable(folder)) {
            return true;
        }
        try {
            if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return Files.getPosixFilePermissions(folder).stream()
                        .noneMatch(p -> p == PosixFilePermission.OWNER_WRITE || p == PosixFilePermission.GROUP_WRITE
                                || p == PosixFilePermission.OTHERS_WRITE);
            }
        } catch (IOException e) {
            return false; // no mark can be read: not marked read-only; a refused write is then told
        }
        return false;
    }
}
