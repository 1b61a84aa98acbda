package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.IcsFiles;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every .ics the app writes, read back the way a colleague's calendar reads it. */
class CocktailIcsFilesTest {
    private static final String ENTRANCE = "Porte 3, côté Grande Allée — l’huissier vérifie la liste 🎓📚";
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void fill() throws Exception {
        I18n.setLanguage(Lang.FR);
        data = dir.resolve("trousse.db");
        try (Session s = session()) {
            s.office().update("region", p -> p.withRegion("Bas-Saint-Laurent").withMnaName("Marie-Ève Tremblay"));
            s.cocktail().update("place", e -> e.withPlace("Salon rouge", ENTRANCE)
                    .withBring("Épinglettes « Persévérance », cartes d’affaires, certificats signés ✨")
                    .withAttendingStaff(List.of("Geneviève Lévesque-Bérubé", "Éloïse Côté", "Hélène Saint-Onge"))
                    .withDeparturePlace("Bureau de circonscription, 320, rue Saint-Germain Est, Rimouski"));
        }
    }

    private Session session() throws Exception {
        return new Session(DataFile.open(data), Editions.shipped(), Ridings.load());
    }

    private Map<String, IcsFiles.Event> export(String name, boolean week) throws Exception {
        Path ics = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "cocktail", "ics", "--out", ics.toString()));
        if (week) {
            args.add("--week");
        }
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new Cli(sink, sink).run(GlobalOptions.parse(args.toArray(String[]::new)))).isZero();
        IcsFiles.assertFoldedByOctets(ics);
        return IcsFiles.parse(ics);
    }

    @Test
    void everyPhysicalLineIsAtMost75OctetsAndTheTextsReadBackWhole() throws Exception {
        for (boolean week : new boolean[] {false, true}) {
            Map<String, IcsFiles.Event> events = export("cocktail-" + week + ".ics", week);
            assertThat(events).hasSize(week ? 3 : 1);
            IcsFiles.Event cocktail = events.values().iterator().next();
            assertThat(cocktail.description()).contains(ENTRANCE, "Épinglettes « Persévérance »", "✨",
                    "Geneviève Lévesque-Bérubé, Éloïse Côté, Hélène Saint-Onge");
            assertThat(cocktail.location()).startsWith("Salon rouge, Hôtel du Parlement");
            assertThat(cocktail.start()).isEqualTo("2020-02-18T17:00:00-05:00");
        }
    }

    @Test
    void sequenceStartsAtZeroAndGrowsOnlyWhenTheEntryChanges() throws Exception {
        Map<String, IcsFiles.Event> first = export("first.ics", true);
        assertThat(first.values()).extracting(IcsFiles.Event::sequence).containsOnly(0);

        Map<String, IcsFiles.Event> again = export("again.ics", true);
        assertThat(again.values()).extracting(IcsFiles.Event::sequence).containsOnly(0);

        try (Session s = session()) {
            s.cocktail().update("times", e -> e.withTimes(LocalTime.of(17, 30), LocalTime.of(19, 30)));
        }
        Map<String, IcsFiles.Event> moved = export("moved.ics", true);
        assertThat(moved.keySet()).isEqualTo(first.keySet());
        assertThat(moved.values()).extracting(IcsFiles.Event::sequence).containsOnly(1);
        assertThat(moved.values().iterator().next().start()).isEqualTo("2020-02-18T17:30:00-05:00");

        // the cocktail alone, written again unchanged: its own revision, not one per file
        Map<String, IcsFiles.Event> alone = export("alone.ics", false);
        assertThat(alone.values()).extracting(IcsFiles.Event::sequence).containsExactly(1);

        try (Session s = session()) {
            s.cocktail().update("bring", e -> e.withBring("Rien de plus"));
        }
        Map<String, IcsFiles.Event> described = export("described.ics", true);
        // only the cocktail's description changed: the trip there and back keep their revision
        assertThat(described.values()).extracting(IcsFiles.Event::sequence).containsExactly(2, 1, 1);
    }
}
