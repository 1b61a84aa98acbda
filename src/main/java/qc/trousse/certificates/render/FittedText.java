package qc.trousse.certificates.render;

import java.util.List;

/** A text set to fit its box: the size chosen, its lines cut into font runs, and the characters left out. */
record FittedText(float size, List<List<TextRun>> lines, List<Double> widths, double leading,
                  java.util.Set<Integer> missing) {
    double height() {
        return size * leading * lines.size();
    }

    double widest() {
        return widths.stream().max(Double::compare).orElse(0.0);
    }
}
