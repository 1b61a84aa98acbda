package qc.trousse.office;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The 125 ridings and 17 regions shipped in assets/data, with a search that forgives accents and dashes. */
public final class Ridings {
    private final List<Riding> ridings;
    private final List<String> regions;

    public Ridings(List<Riding> ridings, List<String> regions) {
        // Alphabetical as a French reader expects (É with E), so lists and search results read naturally.
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        this.ridings = ridings.stream().sorted(Comparator.comparing(Riding::name, collator)).toList();
        this.regions = List.copyOf(regions);
    }

    public static Ridings load() {
        List<Riding> ridings = new ArrayList<>();
        for (String[] row : rows("/assets/data/circonscriptions.csv")) {
            ridings.add(new Riding(row[0], row[1], row[2]));
        }
        List<String> regions = new ArrayList<>();
        for (String[] row : rows("/assets/data/regions.csv")) {
            regions.add(row[1]);
        }
        return new Ridings(ridings, regions);
    }

    public List<Riding> all() {
        return ridings;
    }

    public List<String> regions() {
        return regions;
    }

    public Optional<Riding> byCode(String code) {
        return ridings.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A code ("370") or a name typed loosely ("anjou louis riel"), when exactly one riding fits. */
    public Optional<Riding> find(String codeOrName) {
        Optional<Riding> byCode = byCode(codeOrName.trim());
        if (byCode.isPresent()) {
            return byCode;
        }
        String wanted = fold(codeOrName);
        Optional<Riding> exact = ridings.stream().filter(r -> fold(r.name()).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Riding> hits = search(codeOrName);
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** Every riding whose name contains each word typed, ignoring case, accents, dashes and apostrophes. */
    public List<Riding> search(String query) {
        String[] words = fold(query).split(" ");
        return ridings.stream()
                .filter(r -> {
                    String name = fold(r.name()) + " " + r.code();
                    return Arrays.stream(words).allMatch(name::contains);
                })
                .toList();
    }

    /** "Anjou–Louis-Riel" → "anjou louis riel". */
    static String fold(String text) {
        String noAccents = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Pd}'’\\s.,]+", " ")
                .trim();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Ridings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // The files are ours, quoted nowhere: a plain split is exact for them.
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
