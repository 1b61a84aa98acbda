package qc.trousse.certificates.print;

import qc.trousse.certificates.render.Paper;

/** Where and how to print: a printer by its system name (null for the system's default), paper, copies. */
public record PrintRequest(String printer, Paper paper, int copies, String jobName) {
    public PrintRequest {
        if (copies < 1 || copies > 99) {
            throw new IllegalArgumentException("copies: " + copies);
        }
        jobName = jobName == null || jobName.isBlank() ? "Trousse JPS" : jobName;
    }

    public PrintRequest(String printer, Paper paper, int copies) {
        this(printer, paper, copies, null);
    }
}
