package qc.trousse.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours and ranges in French, as the office's style sheet wants them: "9h30" → "9 h 30", "9h" → "9 h" (no-break
 * spaces), "15 - 19" → "15-19". "17:30" is left alone: it is a time a program may read, and a choice.
 */
final class TypoNumbers {
    private static final Pattern HOUR = Pattern.compile(
            "(?<![\\p{L}\\d])([01]?\\d|2[0-3])([ \u00A0]?)h([ \u00A0]?)([0-5]\\d)?(?![\\p{L}\\d])",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RANGE = Pattern.compile("(?<=\\d)[ \u00A0]+[-–][ \u00A0]+(?=\\d)");

    private TypoNumbers() {
    }

    /** Each hour written without its spaces; the whole hour is replaced, so nothing else may touch it. */
    static List<TypoRemark> hours(String text) {
        List<TypoRemark> remarks = new ArrayList<>();
        Matcher m = HOUR.matcher(text);
        while (m.find()) {
            boolean minutes = m.group(4) != null;
            boolean spaced = !m.group(2).isEmpty() && (!minutes || !m.group(3).isEmpty());
            if (!spaced) {
                String right = m.group(1) + Typography.NBSP + "h" + (minutes ? Typography.NBSP + m.group(4) : "");
                remarks.add(new TypoRemark(TypoRule.TIME, m.start(), m.end(), right,
                        text.codePointCount(0, m.start()) + 1));
            }
        }
        return remarks;
    }

    static List<TypoRemark> ranges(String text, boolean[] kept) {
        List<TypoRemark> remarks = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (!kept[m.start()]) {
                remarks.add(new TypoRemark(TypoRule.RANGE, m.start(), m.end(), "-",
                        text.codePointCount(0, m.start()) + 1));
            }
        }
        return remarks;
    }

    /** Where the hours are, so the other rules leave them as they are. */
    static void mark(String text, boolean[] kept) {
        Matcher m = HOUR.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                kept[i] = true;
            }
        }
    }
}
