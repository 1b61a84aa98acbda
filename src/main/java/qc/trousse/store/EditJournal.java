package qc.trousse.store;

import qc.trousse.work.WholeFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The edits the office's server could not take, kept on disk beside the user's data (ADR 0020): one file per
 * server address, database and member, so a laptop used by two colleagues never sends one's edits as the
 * other's. Rewritten whole at each change (written beside, fsynced, renamed: a power cut leaves the previous
 * journal or the new one, ADR 0011); removed once every kept edit has been sent. No password is in it.
 */
final class EditJournal {
    private final Path file;
    private final String header;
    private final List<KeptEdit> edits = new ArrayList<>();

    private EditJournal(Path file, String header) {
        this.file = file;
        this.header = header;
    }

    /** The journal of this address (without password) and member, with what a killed earlier session left. */
    static EditJournal of(Path folder, String where, String member) {
        EditJournal journal = new EditJournal(folder.resolve(fileName(where, member)),
                "# Trousse JPS: edits kept for " + where.replaceAll("\\R", " ") + " as «"
                        + member.replaceAll("\\R", " ") + "»");
        try {
            if (Files.exists(journal.file)) {
                for (String line : Files.readAllLines(journal.file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        journal.edits.add(KeptEdit.parse(line));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not ours to read (damaged, edited by hand): set aside whole rather than lost, and the office opens.
            journal.edits.clear();
            journal.setAside(e);
        }
        return journal;
    }

    private void setAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + "." + System.currentTimeMillis() + ".unreadable");
        try {
            Files.move(file, aside);
            java.util.logging.Logger.getLogger(EditJournal.class.getName()).log(java.util.logging.Level.WARNING,
                    "kept edits unreadable, set aside as " + aside, why);
        } catch (IOException e) {
            why.addSuppressed(e);
            throw new StoreException(why);
        }
    }

    static String fileName(String where, String member) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((where + "\n" + member).getBytes(StandardCharsets.UTF_8));
            return "kept-edits-" + HexFormat.of().formatHex(digest, 0, 8) + ".txt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Path file() {
        return file;
    }

    /** Kept on disk before this returns; a later edit of a row still waiting folds into it. */
    synchronized void keep(KeptEdit edit) {
        List<KeptEdit> before = List.copyOf(edits);
        int same = indexOfWaiting(edit);
        if (same >= 0) {
            edits.set(same, edits.get(same).folding(edit));
        } else {
            edits.add(edit);
        }
        save(before);
    }

    /** The kept edits, oldest first: those waiting for the server and those it could not take. */
    synchronized List<KeptEdit> all() {
        return List.copyOf(edits);
    }

    synchronized List<KeptEdit> waiting() {
        return edits.stream().filter(KeptEdit::waiting).toList();
    }

    /** The kept edit waiting for this row, if any (the screens show it rather than the server's older row). */
    synchronized java.util.Optional<KeptEdit> waitingFor(String table, long key) {
        return edits.stream().filter(e -> e.waiting() && e.table().equals(table) && e.key() == key).findFirst();
    }

    /** Sent: the server holds it, and its id in applied_edit. */
    synchronized void sent(String id) {
        List<KeptEdit> before = List.copyOf(edits);
        if (edits.removeIf(e -> e.id().equals(id))) {
            save(before);
        }
    }

    /** Not taken by the server once back (a colleague's change): kept, with why, and not tried again. */
    synchronized void unsent(String id, String why) {
        List<KeptEdit> before = List.copyOf(edits);
        edits.replaceAll(e -> e.id().equals(id) ? e.unsent(why) : e);
        save(before);
    }

    private int indexOfWaiting(KeptEdit edit) {
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).waiting() && edits.get(i).sameRow(edit)) {
                return i;
            }
        }
        return -1;
    }

    private void save(List<KeptEdit> before) {
        try {
            if (edits.isEmpty()) {
                Files.deleteIfExists(file);
                WholeFile.syncFolder(file.getParent());
                return;
            }
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder(header).append('\n');
            edits.forEach(e -> text.append(e.line()).append('\n'));
            WholeFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Not on disk: as if not kept, so the caller's edit fails in one line rather than seeming safe.
            edits.clear();
            edits.addAll(before);
            throw new StoreException(e);
        }
    }
}
