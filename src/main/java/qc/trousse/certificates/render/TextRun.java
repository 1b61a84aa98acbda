package qc.trousse.certificates.render;

/** A stretch of text set in one font file. */
record TextRun(String fontFile, String text) {
}
