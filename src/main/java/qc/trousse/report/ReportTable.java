package qc.trousse.report;

import java.util.List;

/**
 * A list in the report: column titles, the share of the width each takes, the column set in bold (the
 * name or title), and the rows. Cells wrap, and a line break in a cell starts a new line; a row is never
 * split across two pages.
 */
record ReportTable(List<String> headers, float[] shares, int boldColumn, List<List<String>> rows) {
    ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        if (shares.length != headers.size()) {
            throw new IllegalArgumentException("one share per column");
        }
    }
}
