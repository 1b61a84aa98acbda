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

    private GuestSearch() {
    }

    /** The guests the letters point to, those not yet arrived first, then by name. */
    public static List<Guest> matches(List<Guest> guests, String typed, Predicate<Guest> arrived) {
        String wanted = fold(typed);
        if (wanted.replace(" ", "").length() < MIN_LETTERS) {
            return List.of();
        }
        return guests.stream()
                .filter(g -> matches(g.name(), wanted) || matches(g.organisation(), wanted))
                .sorted(Comparator.comparing(arrived::test).thenComparing(g -> fold(g.name())))
                .toList();
    }

    /** "onei" finds O'Neill and "saintp" Saint-Pierre: a word may be typed with or without its joins. */
    private static boolean matches(String text, String wanted) {
        String folded = " " + fold(text);
        String joined = " " + fold(text.replaceAll("[\\p{Pd}'’]+", ""));
        return folded.contains(" " + wanted) || joined.contains(" " + wanted);
    }

    static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\p{Pd}'’\\s.,]+", " ").trim();
    }
}
