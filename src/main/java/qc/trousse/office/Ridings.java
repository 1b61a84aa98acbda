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
import java.time.LocalDate;

/**
 * The 125 ridings of one electoral map and the 17 regions, with a search that forgives accents, dashes and the
 * usual abbreviations. A map taken from {@link RidingMaps} knows the day it is read on and the other maps, so a
 * name of another map is answered with the riding in force.
 */
public final class Ridings {
    private final List<Riding> ridings;
    private final List<String> regions;
    private final LocalDate day;
    private final String map;
    private final RidingMaps maps;

    public Ridings(List<Riding> ridings, List<String> regions) {
        this(ridings, regions, null, baseMapName(), null);
    }

    /** The base map's name, as the change log's base row gives it: the code names no map. */
    private static String baseMapName() {
        return rows(RidingMapFile.RESOURCE).stream().findFirst().map(r -> r[0]).orElse("");
    }

    private Ridings(List<Riding> ridings, List<String> regions, LocalDate day, String map, RidingMaps maps) {
        // Alphabetical as a French reader expects (É with E), so lists and search results read naturally.
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        this.ridings = ridings.stream().sorted(Comparator.comparing(Riding::name, collator)).toList();
        this.regions = List.copyOf(regions);
        this.day = day;
        this.map = map;
        this.maps = maps;
    }

    Ridings on(LocalDate from, String mapYear, RidingMaps of) {
        return new Ridings(ridings, regions, from, mapYear, of);
    }

    /** The 2017 map as circonscriptions.csv gives it (regions of February 2020): the base the later maps change. */
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

    /** The map's year: "2017" or "2025". */
    public String map() {
        return map;
    }

    /** The day this map is read on (the file's week), or empty for a map not taken from {@link RidingMaps}. */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    public Optional<Riding> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return ridings.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<Riding> byName(String name) {
        return ridings.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The riding a profile stored: its code, or its name where the code is unknown. A name also finds a riding
     * whose code was published after the profile kept it by name.
     */
    public Optional<Riding> byKey(String key) {
        return ridings.stream().filter(r -> r.key().equals(key)).findFirst().or(() -> byName(key));
    }

    /** A code ("370") or a name typed loosely ("anjou louis riel"), when exactly one riding fits. */
    public Optional<Riding> find(String codeOrName) {
        Optional<Riding> exact = exact(codeOrName);
        if (exact.isPresent()) {
            return exact;
        }
        List<Riding> hits = search(codeOrName);
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * What a typed riding is on this map: in force, a name of another map (refused with the riding in force),
     * several, or none. A map not taken from {@link RidingMaps} knows no other map.
     */
    public RidingAnswer check(String typed) {
        if (maps != null) {
            return maps.check(typed, day);
        }
        List<Riding> hits = exact(typed).map(List::of).orElseGet(() -> search(typed));
        return hits.size() == 1 ? new RidingAnswer.Found(hits.get(0))
                : hits.isEmpty() ? new RidingAnswer.None(typed.trim()) : new RidingAnswer.Several(typed.trim(), hits);
    }

    /** The riding with exactly this code or this name (folded as the search folds it). */
    Optional<Riding> exact(String codeOrName) {
        String typed = codeOrName == null ? "" : codeOrName.trim();
        Optional<Riding> byCode = byCode(typed);
        if (byCode.isPresent()) {
            return byCode;
        }
        String wanted = String.join(" ", words(typed));
        return wanted.isEmpty() ? Optional.empty()
                : ridings.stream().filter(r -> fold(r.name()).equals(wanted)).findFirst();
    }

    /**
     * Every riding whose name contains each word typed, ignoring case, accents, dashes and apostrophes, with
     * St/Ste read as Saint/Sainte ("st-jerome" finds Saint-Jérôme).
     */
    public List<Riding> search(String query) {
        List<String> words = words(query);
        return ridings.stream()
                .filter(r -> {
                    String name = fold(r.name()) + " " + r.code();
                    return words.stream().allMatch(name::contains);
                })
                .toList();
    }

    /** The folded words of a query, abbreviations spelled out. */
    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).map(Ridings::spelledOut).toList();
    }

    private static String spelledOut(String word) {
        return switch (word) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "sts" -> "saints";
            case "stes" -> "saintes";
            default -> word;
        };
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
