package qc.trousse.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The passwords of the office servers in one file readable and writable by the user alone (0600 where the file
 * system has permissions; the user's own profile folder elsewhere), one {@code address<TAB>password} a line,
 * tabs and backslashes escaped. Written whole: a new file made private before anything is written in it, then
 * renamed over the old one.
 */
public final class PrivateFilePasswords implements ServerPasswords {
    private final Path file;

    public PrivateFilePasswords(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> lookup(String where) {
        return read().stream().filter(e -> e[0].equals(where)).map(e -> e[1]).findFirst();
    }

    @Override
    public synchronized void remember(String where, String password) {
        List<String[]> entries = read();
        entries.removeIf(e -> e[0].equals(where));
        entries.add(new String[] {where, password});
        write(entries);
    }

    @Override
    public synchronized void forget(String where) {
        List<String[]> entries = read();
        if (entries.removeIf(e -> e[0].equals(where))) {
            write(entries);
        }
    }

    private List<String[]> read() {
        List<String[]> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.add(new String[] {unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))});
                }
            }
        } catch (IOException e) {
            // An unreadable file is an empty keyring: the user types the password again.
        }
        return entries;
    }

    private void write(List<String[]> entries) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(part);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            StringBuilder text = new StringBuilder();
            for (String[] e : entries) {
                text.append(escape(e[0])).append('\t').append(escape(e[1])).append('\n');
            }
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The message names the file, never what was being written in it.
            throw new StoreException(new IOException("cannot write " + file + ": " + e.getClass().getSimpleName()));
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
