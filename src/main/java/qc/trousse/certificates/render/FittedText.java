package qc.trousse.certificates.render;

import java.util.List;

/** A text set to fit its box: the size chosen and its lines, each already cut into font runs. */
record FittedText(float size, List<List<TextRun>> lines, List<Double> widths, double leading) {
    double height() {
        return size * leading * lines.size();
    }

    double widest() {
        return widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
