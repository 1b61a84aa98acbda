package qc.trousse.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GesturesListCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private int run(String... args) throws Exception {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(GlobalOptions.parse(args));
    }

    @Test
    void printsOneLinePerGestureFromTheFile() throws Exception {
        Path file = dir.resolve("plan.db");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            GestureService g = s.gestures();
            PlannedGesture cert = g.choose("certificate");
            g.move(cert.id(), LocalDate.of(2020, 2, 19));
            g.setOwner(cert.id(), "Julie Gagnon");
            g.setState(cert.id(), GestureState.PLANNED);
            g.tick(cert.id(), 0, true);
            g.choose("cocktail");
        }
        I18n.setLanguage(Lang.FR);
        assertThat(run("--data", file.toString(), "gestures", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "mardi 18 février\t17:00–19:00\tCocktail à l’Assemblée nationale\t(sans responsable)\tIdée\t0/6",
                "mercredi 19 février\t10:00–11:00\tRemise du certificat de reconnaissance\tJulie Gagnon\tPlanifié\t1/6");
    }

    @Test
    void saysSoWhenThePlanIsEmptyInEnglish() throws Exception {
        I18n.setLanguage(Lang.EN);
        qc.trousse.store.DataFile.open(dir.resolve("empty.db")).close();
        assertThat(run("--data", dir.resolve("empty.db").toString(), "gestures", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo("No gesture in the plan.");
    }

    @Test
    void theHelpListsTheCommand() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("gestures list");
    }

    @Test
    void anExtraArgumentIsAUsageError() throws Exception {
        assertThat(run("--data", dir.resolve("x.db").toString(), "gestures", "list", "--all")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--all").doesNotContain("Exception");
    }
}
