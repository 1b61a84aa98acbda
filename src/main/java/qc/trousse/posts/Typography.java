package qc.trousse.posts;

import com.twitter.twittertext.Extractor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and fixes Québec-French typography in a post. URLs, hashtags, @handles, e-mail addresses and ratios
 * (3:1) are left exactly as typed: a no-break space inside a URL would break it. Hours are written 9 h 30 (17:30
 * is accepted), ranges 15-19, straight quotes become guillemets. English text only gets the apostrophe and
 * curly quotes.
 */
public final class Typography {
    public static final char NBSP = '\u00A0';
    private static final char NARROW_NBSP = '\u202F';
    private static final Pattern UNTOUCHABLE = Pattern.compile(
            "\\d{1,2}\\s?h\\s?\\d{2}|\\d+:\\d+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Extractor EXTRACTOR = new Extractor();

    private Typography() {
    }

    public static List<TypoRemark> check(String text, boolean french) {
        boolean[] entities = entities(text);
        boolean[] kept = untouchable(text, entities);
        List<TypoRemark> remarks = new ArrayList<>();
        for (int[] pair : TypoQuotes.pairs(text, entities)) {
            remarks.add(TypoQuotes.open(text, pair[0], french));
            remarks.add(TypoQuotes.close(text, pair[1], french));
        }
        if (french) {
            TypoNumbers.hours(text).stream().filter(r -> !entities[r.start()]).forEach(remarks::add);
            remarks.addAll(TypoNumbers.ranges(text, kept));
        }
        for (int i = 0; i < text.length(); i++) {
            if (kept[i]) {
                continue;
            }
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : '\n';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (c == '\'' && Character.isLetter(before) && Character.isLetter(after)) {
                add(remarks, text, TypoRule.APOSTROPHE, i, i + 1, "’");
            }
            if (!french) {
                continue;
            }
            switch (c) {
                case ':' -> {
                    spaceBefore(remarks, text, TypoRule.COLON_SPACE_BEFORE, i, before);
                    if (Character.isLetterOrDigit(after) || after == '«') {
                        add(remarks, text, TypoRule.COLON_SPACE_AFTER, i + 1, i + 1, " ");
                    }
                }
                case '«' -> {
                    if (isSpace(after) && after != NBSP) {
                        add(remarks, text, TypoRule.GUILLEMET_OPEN, i + 1, i + 2, String.valueOf(NBSP));
                    } else if (!isSpace(after) && after != '\n') {
                        add(remarks, text, TypoRule.GUILLEMET_OPEN, i + 1, i + 1, String.valueOf(NBSP));
                    }
                }
                case '»' -> spaceBefore(remarks, text, TypoRule.GUILLEMET_CLOSE, i, before);
                case ';', '!', '?' -> {
                    int from = i;
                    while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == NBSP)) {
                        from--;
                    }
                    if (from < i && from > 0 && text.charAt(from - 1) != '\n') {
                        add(remarks, text, TypoRule.NO_SPACE_BEFORE, from, i, "");
                    }
                }
                case '-' -> dash(remarks, text, i);
                default -> { }
            }
        }
        remarks.sort(Comparator.comparingInt(TypoRemark::start));
        return remarks;
    }

    /**
     * The text with every remark applied; applying it twice changes nothing more. A fix can make the next one
     * visible (a quote that becomes « after a colon), so it runs until nothing changes.
     */
    public static String fix(String text, boolean french) {
        String fixed = text;
        for (int pass = 0; pass < 4; pass++) {
            String next = fixOnce(fixed, french);
            if (next.equals(fixed)) {
                break;
            }
            fixed = next;
        }
        return fixed;
    }

    private static String fixOnce(String text, boolean french) {
        List<TypoRemark> remarks = new ArrayList<>(check(text, french));
        remarks.sort(Comparator.comparingInt(TypoRemark::start).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (TypoRemark r : remarks) {
            if (r.end() > limit) {
                continue;
            }
            out.replace(r.start(), r.end(), r.replacement());
            limit = r.start();
        }
        return out.toString();
    }

    private static void spaceBefore(List<TypoRemark> remarks, String text, TypoRule rule, int i, char before) {
        if (before == '\n' || before == NBSP) {
            return;
        }
        if (before == ' ' || before == NARROW_NBSP || before == '\t') {
            add(remarks, text, rule, i - 1, i, String.valueOf(NBSP));
        } else {
            add(remarks, text, rule, i, i, String.valueOf(NBSP));
        }
    }

    /** " - " and " -- " between words become the spaced en dash; a hyphen inside a word is left alone. */
    private static void dash(List<TypoRemark> remarks, String text, int i) {
        int end = i + 1;
        if (end < text.length() && text.charAt(end) == '-') {
            end++;
        }
        boolean spacedBefore = i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == NBSP);
        boolean spacedAfter = end < text.length() && text.charAt(end) == ' ';
        boolean previousIsDash = i > 0 && text.charAt(i - 1) == '-';
        boolean range = i > 1 && Character.isDigit(text.charAt(i - 2)) && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1));
        if (spacedBefore && spacedAfter && !previousIsDash && !range) {
            add(remarks, text, TypoRule.DASH, i, end, "–");
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP || c == '\t';
    }

    private static void add(List<TypoRemark> remarks, String text, TypoRule rule, int start, int end, String with) {
        remarks.add(new TypoRemark(rule, start, end, with, text.codePointCount(0, Math.min(start, text.length())) + 1));
    }

    /** URLs, hashtags and handles: nothing in them is typography. */
    private static boolean[] entities(String text) {
        boolean[] kept = new boolean[text.length()];
        List<Extractor.Entity> entities = new ArrayList<>(EXTRACTOR.extractURLsWithIndices(text));
        entities.addAll(EXTRACTOR.extractHashtagsWithIndices(text));
        entities.addAll(EXTRACTOR.extractMentionsOrListsWithIndices(text));
        for (Extractor.Entity e : entities) {
            mark(kept, e.getStart(), e.getEnd());
        }
        return kept;
    }

    /** What the character rules leave alone: the entities, e-mail addresses, times and ratios, hours. */
    private static boolean[] untouchable(String text, boolean[] entities) {
        boolean[] kept = entities.clone();
        Matcher m = UNTOUCHABLE.matcher(text);
        while (m.find()) {
            mark(kept, m.start(), m.end());
        }
        TypoNumbers.mark(text, kept);
        return kept;
    }

    private static void mark(boolean[] kept, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, kept.length); i++) {
            kept[i] = true;
        }
    }
}
