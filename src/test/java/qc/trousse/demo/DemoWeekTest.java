package qc.trousse.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientRules;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestRules;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.ProfileRules;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostState;
import qc.trousse.posts.TemplateCatalogue;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.FileVerdict;
import qc.trousse.store.Migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo week is made through the services, reads back whole, and the shipped copy is at today's schema. */
class DemoWeekTest {
    static final Path SHIPPED = Path.of("assets/demo/semaine-jps-2020.db");

    @TempDir
    Path dir;

    @Test
    void theGeneratorWritesAFullWeekInOneStandaloneFile() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWeek.main(new String[]{file.toString()});

        assertThat(DataFile.inspect(file).version()).isEqualTo(Migrations.CURRENT);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("demo.db");
        }
        assertThatThrownBy(() -> DemoWeek.main(new String[]{file.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overwrite");
        checkWeek(file);
    }

    @Test
    void theShippedDemoIsAtTheCurrentSchemaAndHoldsTheSameWeek() throws Exception {
        FileVerdict verdict = DataFile.inspect(SHIPPED);
        assertThat(verdict.version())
                .as("assets/demo/semaine-jps-2020.db is out of date: regenerate it (see assets/demo/README.md)")
                .isEqualTo(Migrations.CURRENT);
        try (var folder = Files.list(SHIPPED.getParent())) {
            assertThat(folder.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("semaine-jps-2020.db", "bureau-jps-2027.db", "README.md",
                            "destinataires-exemple.csv");
        }
        Path copy = dir.resolve("copy.db");
        Files.copy(SHIPPED, copy);
        checkWeek(copy);
    }

    private static void checkWeek(Path file) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            OfficeProfile p = s.office().profile();
            assertThat(p.mnaName()).isEqualTo("Marie-Ève Tremblay");
            assertThat(p.title()).isEqualTo(MnaTitle.DEPUTEE);
            assertThat(s.office().riding().orElseThrow().name()).isEqualTo("Rimouski");
            assertThat(p.region()).isEqualTo("Bas-Saint-Laurent");
            assertThat(p.staff()).hasSize(3);
            assertThat(p.logo().format()).isEqualTo("png");
            assertThat(p.signature().width()).isEqualTo(400);
            assertThat(List.of(ProfileRules.mnaName(p.mnaName()), ProfileRules.email(p.email()),
                    ProfileRules.phone(p.phone()), ProfileRules.x(p.handles().x()),
                    ProfileRules.facebook(p.handles().facebook()), ProfileRules.instagram(p.handles().instagram()),
                    ProfileRules.linkedin(p.handles().linkedin()))).as("what the profile form would flag")
                    .allMatch(Optional::isEmpty);

            List<PlannedGesture> plan = s.gestures().all();
            assertThat(plan).extracting(PlannedGesture::gestureKey).contains("certificate", "thanks", "ribbon",
                    "encouragement", "cocktail").hasSize(6);
            assertThat(plan).filteredOn(g -> g.state() == GestureState.DONE).hasSize(2);
            assertThat(plan).allSatisfy(g -> {
                assertThat(g.place()).isNotBlank();
                assertThat(g.owner()).isIn(p.staff());
                assertThat(g.doneItems()).isPositive();
            });
            assertThat(s.gestures().title(plan.stream().filter(g -> g.gestureKey().startsWith("custom:"))
                    .findFirst().orElseThrow())).isEqualTo(DemoPlan.CUSTOM_TITLE);
            assertThat(s.gestures().trainingDay().simulated()).contains(DemoPlan.WEDNESDAY);
            assertThat(s.gestures().overlaps()).isEmpty();

            assertThat(s.cocktail().event().room()).isNotBlank();
            assertThat(s.cocktail().event().departurePlace()).contains("Rimouski");
            assertThat(s.cocktail().vehicles()).singleElement()
                    .satisfies(v -> assertThat(v.overCapacity(s.guests().all())).isFalse());
            assertThat(s.cocktail().conflicts()).isEmpty();
            List<Guest> guests = s.guests().all();
            assertThat(guests).hasSize(8).extracting(Guest::name)
                    .contains("ᓄᕙ ᐊᓐᓇᑦᓯᐊᖅ", "Tshiuetin Vollant", "Cercle jeunesse Kanien'kehá:ka",
                            "Jean-François O'Neill");
            assertThat(count(guests, Guest::rsvp)).containsOnlyKeys(RsvpState.values());
            assertThat(guests).allSatisfy(g -> assertThat(GuestRules.problems(g)).isEmpty());

            List<Recipient> recipients = s.recipients().all();
            assertThat(recipients).hasSize(10);
            assertThat(count(recipients, Recipient::kind)).containsOnlyKeys(RecipientKind.values());
            assertThat(recipients).filteredOn(r -> r.printed().isPresent()).hasSize(DemoRecipients.PRINTED);
            assertThat(recipients).allSatisfy(r -> {
                assertThat(RecipientRules.name(r.name())).isEmpty();
                assertThat(RecipientRules.reason(r.reason())).isEmpty();
            });

            List<Draft> drafts = s.posts().drafts();
            assertThat(drafts).hasSize(TemplateCatalogue.week(Editions.shipped().year(2020)).size()).allMatch(Draft::fits);
            Map<PostState, Long> states = count(drafts, Draft::state);
            assertThat(states).containsEntry(PostState.PUBLISHED, 1L).containsEntry(PostState.APPROVED, 1L);
            assertThat(drafts).filteredOn(d -> d.state() == PostState.PUBLISHED).singleElement()
                    .satisfies(d -> assertThat(d.approvedBy()).isEqualTo("Marie-Ève Tremblay"));
        }
    }

    private static <T, K> Map<K, Long> count(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
