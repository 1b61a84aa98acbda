package qc.trousse.importing;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a workbook could not be read, in the user's words. POI refuses a zip that is not a workbook in many
 * ways; one refusal is told apart: XML that declares entities (DOCTYPE), which Excel never writes and which
 * can read the computer's files or fill the memory ("billion laughs"), so it is refused unread.
 */
final class WorkbookProblems {
    private WorkbookProblems() {
    }

    static ImportException refusal(Path file, Throwable e) {
        Path name = file.getFileName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedInput.Overflow) {
                return new ImportException(file, Problem.of("import.limit.text", name,
                        TableLimits.MAX_CHARS / 1_000_000), e);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("doctype") || m.contains("entity") || m.contains("entit")) {
                return new ImportException(file, Problem.of("import.file.entities", name), e);
            }
        }
        return new ImportException(file, Problem.of("import.file.notTable", name), e);
    }
}
