package qc.trousse.importing;

/** A row that cannot be imported, and why; it goes to the list of bad rows, never to the file. */
public final class RowProblem extends Exception {
    private final Problem problem;

    public RowProblem(String key, Object... args) {
        super(key, null, false, false);
        this.problem = Problem.of(key, args);
    }

    public Problem problem() {
        return problem;
    }
}
