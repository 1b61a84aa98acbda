package qc.trousse.posts;

import qc.trousse.i18n.Localized;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The templates that ship with the campaign, read from assets/campaign. */
public final class TemplateCatalogue {
    public static final String JPS_2020 = "/assets/campaign/jps-2020-posts.properties";

    private TemplateCatalogue() {
    }

    public static List<PostTemplate> jps2020() {
        return load(JPS_2020);
    }

    public static List<PostTemplate> load(String resource) {
        return templates(properties(resource));
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing post templates " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A post the suggested week places: which template, on which day of the campaign, when, where. */
    public record Slot(String templateId, int day, java.time.LocalTime time, Network network) {
    }

    /** The suggested week of posts that ships with the templates. */
    public static List<Slot> week() {
        Properties p = properties(JPS_2020);
        List<Slot> slots = new ArrayList<>();
        int count = Integer.parseInt(required(p, "week.count"));
        for (int i = 1; i <= count; i++) {
            String[] f = required(p, "week." + i).split(";");
            slots.add(new Slot(f[0].trim(), Integer.parseInt(f[1].trim()), java.time.LocalTime.parse(f[2].trim()),
                    Network.parse(f[3].trim())));
        }
        return List.copyOf(slots);
    }

    private static List<PostTemplate> templates(Properties p) {
        List<PostTemplate> templates = new ArrayList<>();
        int count = Integer.parseInt(required(p, "template.count"));
        for (int i = 1; i <= count; i++) {
            String key = "template." + i;
            templates.add(new PostTemplate(required(p, key + ".id"),
                    PostTemplate.Kind.valueOf(required(p, key + ".kind").toUpperCase(Locale.ROOT)),
                    p.getProperty(key + ".gesture", "").trim(),
                    new Localized(required(p, key + ".title.fr"), required(p, key + ".title.en")),
                    new Localized(required(p, key + ".fr"), required(p, key + ".en"))));
        }
        return List.copyOf(templates);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("post templates lack " + key);
        }
        return value.trim();
    }
}
