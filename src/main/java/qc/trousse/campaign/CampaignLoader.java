package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads an edition from the campaign data shipped in assets/campaign. */
public final class CampaignLoader {
    public static final String JPS_2020 = "/assets/campaign/jps-2020.properties";

    private CampaignLoader() {
    }

    public static Campaign jps2020() {
        return load(JPS_2020);
    }

    public static Campaign load(String resource) {
        Properties p = new Properties();
        try (InputStream in = CampaignLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing campaign data " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromProperties(p);
    }

    static Campaign fromProperties(Properties p) {
        List<Localized> messages = new ArrayList<>();
        for (int i = 1; i <= count(p, "message"); i++) {
            messages.add(localized(p, "message." + i));
        }
        List<GestureFamily> families = new ArrayList<>();
        for (int f = 1; f <= count(p, "family"); f++) {
            String familyId = required(p, "family." + f + ".id");
            List<CatalogueGesture> gestures = new ArrayList<>();
            for (int g = 1; g <= count(p, "gesture"); g++) {
                String key = "gesture." + g;
                if (familyId.equals(required(p, key + ".family"))) {
                    gestures.add(new CatalogueGesture(required(p, key + ".id"), familyId,
                            localized(p, key + ".lead"), localized(p, key)));
                }
            }
            families.add(new GestureFamily(familyId, localized(p, "family." + f), gestures));
        }
        return new Campaign(localized(p, "edition"), required(p, "short"),
                LocalDate.parse(required(p, "start")), LocalDate.parse(required(p, "end")),
                required(p, "hashtag"), required(p, "site"), required(p, "spokesperson"),
                localized(p, "spokesperson.role"), localized(p, "slogan"), localized(p, "call"),
                messages, families, LocalDate.parse(required(p, "cocktail.date")),
                localized(p, "cocktail.name"), localized(p, "cocktail.place"));
    }

    private static int count(Properties p, String prefix) {
        return Integer.parseInt(required(p, prefix + ".count"));
    }

    private static Localized localized(Properties p, String key) {
        return new Localized(required(p, key + ".fr"), required(p, key + ".en"));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("campaign data lacks " + key);
        }
        return value.trim();
    }
}
