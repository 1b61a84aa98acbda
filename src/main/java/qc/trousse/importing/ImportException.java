package qc.trousse.importing;

import java.nio.file.Path;

/** The whole file cannot be read as a table (not CSV/XLSX, empty, too big); nothing was imported. */
public final class ImportException extends Exception {
    private final Path file;
    private final Problem problem;

    public ImportException(Path file, Problem problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, Problem problem, Throwable cause) {
        super(problem.key() + " " + file, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** One sentence in the user's language that names the file. */
    public String userMessage() {
        return problem.message();
    }
}
