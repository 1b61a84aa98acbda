package qc.trousse.importing;

import qc.trousse.i18n.I18n;

import java.util.Arrays;
import java.util.List;

/** Why something in a table cannot be used: a message key and its arguments, put into words on demand. */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    /** In the current language. */
    public String message() {
        return I18n.tr(key, args.toArray());
    }
}
