package qc.trousse.ui;

import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * How a choice reads in a box or a list: a text of its own, nothing when there is no choice. The boxes are chosen
 * from, never typed in, so no text is read back.
 */
public final class ShownAs<T> extends StringConverter<T> {
    private final Function<? super T, String> text;

    private ShownAs(Function<? super T, String> text) {
        this.text = text;
    }

    public static <T> StringConverter<T> text(Function<? super T, String> text) {
        return new ShownAs<>(text);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String typed) {
        return null;
    }
}
