package qc.trousse.ui.importing;

import java.util.function.Function;

/** A column of the preview table: its heading's message key, its text for a row, its width. */
public record PreviewColumn<T>(String labelKey, Function<T, String> text, double width) {
}
