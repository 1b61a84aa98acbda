package qc.trousse.cocktail;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds a guest from two or three letters typed at the door, by name or organisation, whatever the accents,
 * capitals or dashes ("lev" finds Gisèle Lévesque-Côté): the start of any word matches.
 */
public final class GuestSearch {
    /** Fewer letters than this match too many people to be of use. */
    public static final int MIN_LETTERS = 2;
    /** The folded words of the texts searched lately, the oldest dropped past a big office's guest list. */
    private static final java.util.Map<String, String> WORDS = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
            return size() > 20_000;
        }
    };

    private GuestSearch() {
    }

    /** The guests the letters point to, those not yet arrived first, then by name. */
    public static List<Guest> matches(List<Guest> guests, String typed, Predicate<Guest> arrived) {
        String wanted = fold(typed);
        if (wanted.replace(" ", "").length() < MIN_LETTERS) {
            return List.of();
        }
        String word = " " + wanted;
        return guests.stream()
                .filter(g -> words(g.name()).contains(word) || words(g.organisation()).contains(word))
                .sorted(Comparator.comparing(arrived::test).thenComparing(g -> words(g.name())))
                .toList();
    }

    /**
     * " " + the folded text, then the same with its joins taken out ("onei" finds O'Neill and "saintp"
     * Saint-Pierre: a word may be typed with or without them). Kept per text: at the door every key searched
     * again, and folding 500 names with four patterns each (and again for the sort) took longer than a frame.
     */
    private static String words(String text) {
        String t = text == null ? "" : text;
        synchronized (WORDS) {
            String known = WORDS.get(t);
            if (known != null) {
                return known;
            }
        }
        String both = " " + fold(t) + " \u0000 " + fold(t.replaceAll("[\\p{Pd}'’]+", ""));
        synchronized (WORDS) {
            WORDS.put(t, both);
        }
        return both;
    }

    static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\p{Pd}'’\\s.,]+", " ").trim();
    }
}
