package qc.trousse.importing;

/** What kind of file a table came from. */
public enum TableFormat {
    CSV, XLSX, XLS
}
