package qc.trousse.ui.posts;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time as staff type it: "17 h 30", "17:30", "9h". */
final class PostTimes {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?");

    private PostTimes() {
    }

    static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }
}
