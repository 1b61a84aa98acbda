package qc.trousse.ui.home;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.EditionFileMaker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The home screen reads the real date against the file's edition: J-74 before 2027, over after 2020. */
class HomeEditionTest {
    private static final Clock DECEMBER_3 = Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"),
            ZoneId.of("America/Toronto"));
    @TempDir
    Path dir;

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private static HomeViewModel home(Session s) {
        return new HomeViewModel(s.campaign(), s.office(), s.gestures(), DECEMBER_3);
    }

    @Test
    void a2027FileCountsTheDaysToItsProposedWeekAndSaysWhatIsToConfirm() throws Exception {
        Path file = dir.resolve("2027.db");
        EditionFileMaker.make(file, new EditionFileMaker.Plan(2027, "", Optional.empty(),
                EnumSet.noneOf(qc.trousse.store.CarryOver.class)));
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            HomeViewModel home = home(s);
            assertThat(home.countdown()).isEqualTo("La semaine commence dans 74 jours (J-74).");
            assertThat(home.nextEdition()).isEmpty();
            assertThat(home.slogan()).isEqualTo("Thème de l’édition à confirmer");
            assertThat(home.days()).first().isEqualTo("lundi 15 février");
            assertThat(home.call()).endsWith("(semaine à confirmer)");
            assertThat(home.days().get(1)).contains("cocktail à l’Assemblée nationale (à confirmer)");
            assertThat(home.keyMessagesHeading()).contains("repris de l’édition 2020");
        }
    }

    @Test
    void a2020FileIsOverAndPointsToTheNextEdition() throws Exception {
        try (Session s = new Session(DataFile.open(dir.resolve("2020.db")), Editions.shipped(), Ridings.load())) {
            HomeViewModel home = home(s);
            assertThat(home.countdown()).isEqualTo("La semaine des JPS 2020 est terminée.");
            assertThat(home.nextEdition()).contains("Fichier → Nouvelle édition…");
            assertThat(home.slogan()).isEqualTo("Nos gestes, un + pour leur réussite!");
            assertThat(home.keyMessagesHeading()).isEqualTo(I18n.tr("home.keyMessages"));
        }
    }
}
