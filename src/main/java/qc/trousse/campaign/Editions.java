package qc.trousse.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The editions the app ships, one campaign file each, listed in assets/campaign/editions.list. Read and checked
 * once: a shipped file with a fault is a defect of the app, which the tests catch before it ships.
 */
public final class Editions {
    private static final String FOLDER = "/assets/campaign/";

    private record Shipped(String name, String text, Campaign campaign) {
    }

    private static volatile Editions shipped;
    private final Map<Integer, Shipped> byYear = new TreeMap<>();

    private Editions() {
    }

    public static Editions shipped() {
        Editions e = shipped;
        if (e == null) {
            synchronized (Editions.class) {
                if (shipped == null) {
                    shipped = load();
                }
                e = shipped;
            }
        }
        return e;
    }

    private static Editions load() {
        Editions editions = new Editions();
        for (String line : CampaignLoader.resourceText(FOLDER + "editions.list").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String text = CampaignLoader.resourceText(FOLDER + name);
                Campaign c = CampaignLoader.read(name, text);
                editions.byYear.put(c.year(), new Shipped(name, text, c));
            }
        }
        return editions;
    }

    /** The shipped campaigns, oldest first. */
    public List<Campaign> all() {
        return new ArrayList<>(byYear.values().stream().map(Shipped::campaign).toList());
    }

    public Optional<Campaign> campaign(int year) {
        return Optional.ofNullable(byYear.get(year)).map(Shipped::campaign);
    }

    /** The shipped campaign of a year the app knows; asking for another is a defect of the caller. */
    public Campaign year(int year) {
        return campaign(year).orElseThrow(() -> new IllegalArgumentException("no shipped edition " + year));
    }

    /** The edition in progress on that day, else the next one, else the latest shipped. */
    public Campaign current(java.time.LocalDate today) {
        return all().stream().filter(c -> !c.end().isBefore(today)).findFirst()
                .orElseGet(() -> all().get(all().size() - 1));
    }

    /** The shipped file's text, the base of a file's own edition. */
    public Optional<String> text(int year) {
        return Optional.ofNullable(byYear.get(year)).map(Shipped::text);
    }

    public Optional<String> fileName(int year) {
        return Optional.ofNullable(byYear.get(year)).map(Shipped::name);
    }

    /** A data file's edition: its own campaign file when it has one, else the shipped one of its year. */
    public Edition edition(int year, String ownText, String fileName) throws CampaignFaults {
        if (ownText != null && !ownText.isBlank()) {
            return new Edition(CampaignLoader.read(fileName, ownText), ownText);
        }
        return new Edition(year(year), "");
    }
}
