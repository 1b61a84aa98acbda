package qc.trousse.store;

import qc.trousse.i18n.I18n;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Who holds a data file: a window or a command (and which), the user, the machine, the process and since when.
 * Kept in the lock file as a fixed-size record of "key=value" lines ending with "end", so a record that is
 * empty, cut or from another version is recognised as such and never shown as an empty holder "()".
 */
record LockHolder(Kind kind, String command, String user, String host, long pid, LocalDateTime since) {
    static final int SIZE = 512;
    private static final String MAGIC = "trousse-lock 1";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final LockHolder FREE = new LockHolder(Kind.FREE, "", "", "", 0, LocalDateTime.MIN);
    static final LockHolder UNKNOWN = new LockHolder(Kind.UNKNOWN, "", "", "", 0, LocalDateTime.MIN);

    enum Kind { WINDOW, COMMAND, FREE, UNKNOWN }

    /** The record, padded with spaces to {@link #SIZE} bytes so one write replaces the previous one whole. */
    byte[] record() {
        String text = MAGIC + "\nkind=" + kind + "\ncommand=" + clean(command) + "\nuser=" + clean(user)
                + "\nhost=" + clean(host) + "\npid=" + pid + "\nsince="
                + (kind == Kind.FREE ? "" : since.format(STAMP)) + "\nend\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[SIZE];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(bytes, 0, padded, 0, Math.min(bytes.length, SIZE - 1));
        padded[SIZE - 1] = '\n';
        return padded;
    }

    /** The holder a record names; {@link #UNKNOWN} for anything else (empty, cut, free, garbled). */
    static LockHolder parse(byte[] bytes, int length) {
        String text = new String(bytes, 0, Math.max(0, length), StandardCharsets.UTF_8);
        if (!text.startsWith(MAGIC + "\n") || !text.contains("\nend\n")) {
            return UNKNOWN;
        }
        Map<String, String> values = new HashMap<>();
        for (String line : text.substring(0, text.indexOf("\nend\n")).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            Kind kind = Kind.valueOf(values.getOrDefault("kind", ""));
            if (kind != Kind.WINDOW && kind != Kind.COMMAND) {
                return UNKNOWN;
            }
            return new LockHolder(kind, values.getOrDefault("command", ""), values.getOrDefault("user", "?"),
                    values.getOrDefault("host", "?"), Long.parseLong(values.getOrDefault("pid", "0")),
                    LocalDateTime.parse(values.getOrDefault("since", ""), STAMP));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return UNKNOWN;
        }
    }

    /** "the Trousse JPS window of marie on BUREAU-02 (pid 4242), open since 2020-02-18 09:14", in the language. */
    String describe() {
        String when = since.toLocalDate() + " " + since.toLocalTime().withSecond(0).withNano(0);
        return switch (kind) {
            case WINDOW -> I18n.tr("store.holder.window", user, host, String.valueOf(pid), when);
            case COMMAND -> I18n.tr("store.holder.command", command, user, host, String.valueOf(pid), when);
            default -> I18n.tr("store.holder.unknown");
        };
    }

    private static String clean(String value) {
        String v = value == null ? "" : value.replaceAll("[\\p{Cntrl}=]", " ").strip();
        return v.length() > 80 ? v.substring(0, 80) : v;
    }
}
