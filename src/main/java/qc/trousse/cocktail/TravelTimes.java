package qc.trousse.cocktail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Usual road time from each administrative region to Québec City (assets/data/travel-times.csv), a
 * starting point the office corrects for its own town.
 */
public final class TravelTimes {
    public static final String RESOURCE = "/assets/data/travel-times.csv";
    /** When the region is not known yet: about Montréal's distance. */
    public static final Duration UNKNOWN = Duration.ofHours(3);
    private final Map<String, Duration> byRegion;

    public TravelTimes(Map<String, Duration> byRegion) {
        this.byRegion = Map.copyOf(byRegion);
    }

    public static TravelTimes load() {
        Map<String, Duration> times = new LinkedHashMap<>();
        try (InputStream in = TravelTimes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
                String[] cells = line.split(",", -1);
                times.put(cells[0], Duration.ofMinutes(Integer.parseInt(cells[1].strip())));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TravelTimes(times);
    }

    public Duration forRegion(String region) {
        return byRegion.getOrDefault(region == null ? "" : region, UNKNOWN);
    }

    public Map<String, Duration> all() {
        return byRegion;
    }
}
