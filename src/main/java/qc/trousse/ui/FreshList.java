package qc.trousse.ui;

import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Brings a list shown on screen to what the store holds now by changing only the rows that differ, instead of
 * replacing them all: a table keeps its scroll position and its selection when a colleague changes one row.
 */
public final class FreshList {
    private FreshList() {
    }

    /** Makes {@code shown} equal to {@code fresh}; rows are matched by {@code key} (their id). */
    public static <T> void update(ObservableList<T> shown, List<T> fresh, Function<T, ?> key) {
        Map<Object, T> wanted = new HashMap<>();
        fresh.forEach(t -> wanted.put(key.apply(t), t));
        shown.removeIf(t -> !wanted.containsKey(key.apply(t)));
        for (int i = 0; i < fresh.size(); i++) {
            T next = fresh.get(i);
            if (i < shown.size() && Objects.equals(key.apply(shown.get(i)), key.apply(next))) {
                if (!shown.get(i).equals(next)) {
                    shown.set(i, next);
                }
                continue;
            }
            int at = indexOf(shown, key.apply(next), key, i + 1);
            if (at >= 0) {
                shown.remove(at);
            }
            shown.add(i, next);
        }
        if (shown.size() > fresh.size()) {
            shown.remove(fresh.size(), shown.size());
        }
    }

    private static <T> int indexOf(List<T> list, Object wanted, Function<T, ?> key, int from) {
        for (int i = from; i < list.size(); i++) {
            if (Objects.equals(key.apply(list.get(i)), wanted)) {
                return i;
            }
        }
        return -1;
    }
}
