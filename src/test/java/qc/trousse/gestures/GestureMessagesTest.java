package qc.trousse.gestures;

import org.junit.jupiter.api.Test;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the gestures feature exists in French and in English, with Québec typography in French. */
class GestureMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(gestures\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/qc/trousse"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (GestureState state : GestureState.values()) {
            keys.add(state.key());
        }
        for (String id : List.of("certificate", "thanks", "ribbon", "encouragement", "cocktail")) {
            keys.add("gestures.title." + id);
            GestureTemplates.of(Editions.shipped().year(2020), id).steps().forEach(s -> keys.add(s.key()));
        }
        Editions.shipped().year(2020).families().forEach(f -> keys.add("gestures.family." + f.id()));
        for (String edit : List.of("choose", "remove", "custom", "move", "times", "place", "owner", "state", "tick",
                "untick", "itemText", "itemOffset", "reassign", "addItem", "removeItem", "today")) {
            keys.add("gestures.edit." + edit);
        }
        keys.removeIf(k -> k.equals(TrainingDay.SETTING) || k.equals("gestures.walkthrough.step"));
        List<String> missing = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            ResourceBundle bundle = I18n.bundle(lang);
            keys.stream().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(lang.code() + ": " + k));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void frenchTextsUseANoBreakSpaceBeforeColons() {
        ResourceBundle fr = I18n.bundle(Lang.FR);
        List<String> bad = fr.keySet().stream().filter(k -> k.startsWith("gestures."))
                .filter(k -> fr.getString(k).matches("(?s).*[^\u00a0]:( .*|$)") || fr.getString(k).contains("'"))
                .toList();
        assertThat(bad).isEmpty();
    }
}
