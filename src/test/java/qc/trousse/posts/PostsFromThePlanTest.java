package qc.trousse.posts;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholders filled from the week plan and the recipients of a real data file. */
class PostsFromThePlanTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 19);
    private static final LocalDate FRIDAY = LocalDate.of(2020, 2, 21);
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void french() {
        qc.trousse.i18n.I18n.setLanguage(qc.trousse.i18n.Lang.FR);
    }

    private static PlannedGesture planCertificate(Session s, LocalDate day) {
        PlannedGesture g = s.gestures().choose("certificate");
        s.gestures().move(g.id(), day);
        s.gestures().setState(g.id(), GestureState.PLANNED);
        return g;
    }

    private static void honour(Session s, RecipientKind kind, String name, LocalDate day) {
        s.recipients().add(Recipient.of(kind, name, "Un + pour les jeunes", day));
    }

    private static DraftRequest certificatePost(LocalDate day, String person, String organisation) {
        return new DraftRequest("gesture-certificate", Network.FACEBOOK, day, LocalTime.of(11, 0), true,
                PostService.typed(person, organisation));
    }

    @Test
    void aCertificatePostTakesTheGesturesDayAndTheOneOrganisationHonouredThatDay() throws Exception {
        Path file = dir.resolve("plan.db");
        try (Session s = PostFiles.withProfile(file)) {
            planCertificate(s, WEDNESDAY);
            honour(s, RecipientKind.ORGANISATION, "Maison des jeunes de Parc-Extension", WEDNESDAY);
            honour(s, RecipientKind.ORGANISATION, "Club de lecture Villeray", PostFiles.MONDAY);
            honour(s, RecipientKind.PERSON, "Lucie Gagnon", WEDNESDAY);
            // Published on Friday, about Wednesday's ceremony.
            Draft d = s.posts().create(certificatePost(FRIDAY, "", ""));
            assertThat(d.french()).isEqualTo("Mercredi 19 février\u00A0: remise du certificat de reconnaissance de "
                    + "la persévérance scolaire à Maison des jeunes de Parc-Extension. Merci d’être un + pour la "
                    + "réussite des jeunes de Jean-Talon! #JPS2020");
            assertThat(d.english()).startsWith("Wednesday, February 19: presenting the school perseverance "
                    + "certificate of recognition to Maison des jeunes de Parc-Extension.");
            assertThat(d.day()).isEqualTo(FRIDAY);
        }
        try (Session s = PostFiles.open(file)) {
            assertThat(s.posts().drafts()).singleElement().satisfies(d ->
                    assertThat(Placeholders.left(d.french())).isEmpty());
        }
    }

    @Test
    void twoNamesThatDayAreOfferedNotGuessedAndWhatIsTypedWins() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("two.db"))) {
            planCertificate(s, WEDNESDAY);
            honour(s, RecipientKind.ORGANISATION, "École Saint-Gérard", WEDNESDAY);
            honour(s, RecipientKind.ORGANISATION, "Carrefour jeunesse-emploi", WEDNESDAY);
            honour(s, RecipientKind.ORGANISATION, "Alpha Villeray", PostFiles.MONDAY);
            honour(s, RecipientKind.PERSON, "Lucie Gagnon", WEDNESDAY);
            PostTemplate certificate = s.posts().template("gesture-certificate").orElseThrow();

            Draft unsure = s.posts().create(certificatePost(WEDNESDAY, "", ""));
            assertThat(unsure.french()).startsWith("Mercredi 19 février").contains("à {organisme}.");
            assertThat(s.posts().links().organisations(certificate)).as("that day's first, then by name")
                    .containsExactly("Carrefour jeunesse-emploi", "École Saint-Gérard", "Alpha Villeray");
            assertThat(s.posts().links().people(certificate)).containsExactly("Lucie Gagnon");

            Draft typed = s.posts().create(certificatePost(WEDNESDAY, "", "la Maison des jeunes"));
            assertThat(typed.french()).contains("à la Maison des jeunes.");
        }
    }

    @Test
    void withoutAPlannedGestureTheDraftsOwnDayIsTheDateAndNothingIsGuessed() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("none.db"))) {
            honour(s, RecipientKind.ORGANISATION, "École Saint-Gérard", WEDNESDAY);
            Draft d = s.posts().create(certificatePost(PostFiles.TUESDAY, "", ""));
            assertThat(d.french()).startsWith("Mardi 18 février\u00A0:").contains("{organisme}");
            // A cancelled gesture is not a plan either.
            PlannedGesture g = planCertificate(s, WEDNESDAY);
            s.gestures().setState(g.id(), GestureState.CANCELLED);
            assertThat(s.posts().create(certificatePost(PostFiles.TUESDAY, "", "")).french())
                    .startsWith("Mardi 18 février");
        }
    }

    @Test
    void theSuggestedWeekPutsAGesturesPostOnThatGesturesDay() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("week.db"))) {
            planCertificate(s, WEDNESDAY);
            s.posts().prepareWeek(TemplateCatalogue.week(Editions.shipped().year(2020)), PostService.typed("", ""));
            assertThat(s.posts().drafts()).filteredOn(d -> d.templateId().equals("gesture-certificate"))
                    .singleElement().satisfies(d -> {
                        assertThat(d.day()).isEqualTo(WEDNESDAY);
                        assertThat(d.time()).isEqualTo(LocalTime.of(11, 0));
                    });
            assertThat(s.posts().links().on(WEDNESDAY)).extracting(PlannedItem::gestureId, PlannedItem::title)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("certificate",
                            "Remise du certificat de reconnaissance"));
        }
    }
}
