package qc.trousse.posts;

import qc.trousse.campaign.Editions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.i18n.Lang;
import qc.trousse.session.Session;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostServiceTest {
    private static final LocalDateTime NOON = LocalDateTime.of(2020, 2, 17, 12, 0);
    @TempDir
    Path dir;

    @Test
    void aDraftFromATemplateIsFilledFromTheProfileAndSurvivesReopening() throws Exception {
        Path file = dir.resolve("posts.db");
        try (Session s = PostFiles.withProfile(file)) {
            Draft d = s.posts().create(new DraftRequest("gesture-encouragement", Network.INSTAGRAM, PostFiles.MONDAY,
                    LocalTime.of(8, 0), true, PostService.typed("", "")));
            assertThat(d.french()).startsWith("Aux étudiantes et étudiants de Jean-Talon\u00A0: ").endsWith("#JPS2020");
            assertThat(d.english()).startsWith("To the students of Jean-Talon: ");
        }
        try (Session s = PostFiles.open(file)) {
            assertThat(s.posts().drafts()).singleElement().satisfies(d -> {
                assertThat(d.network()).isEqualTo(Network.INSTAGRAM);
                assertThat(d.bilingual()).isTrue();
                assertThat(d.time()).isEqualTo(LocalTime.of(8, 0));
                assertThat(d.gestureId()).isEqualTo("encouragement");
            });
        }
    }

    @Test
    void missingValuesStayVisible() throws Exception {
        try (Session s = PostFiles.open(dir.resolve("empty.db"))) {
            Draft d = s.posts().create(new DraftRequest("gesture-thanks", Network.X, PostFiles.MONDAY,
                    LocalTime.NOON, false, PostService.typed("", "")));
            assertThat(d.french()).contains("{personne}").contains("Laurent Duvernay-Tardif");
            assertThat(Placeholders.left(d.french())).containsExactly("personne");
        }
    }

    @Test
    void typingFoldsIntoOneUndoStepPerFieldAndUndoIsSaved() throws Exception {
        Path file = dir.resolve("undo.db");
        try (Session s = PostFiles.withProfile(file)) {
            Draft d = s.posts().create(PostFiles.request("message-1", Network.X, PostFiles.MONDAY));
            String original = d.french();
            s.posts().editText(d.id(), Lang.FR, original + " M");
            s.posts().editText(d.id(), Lang.FR, original + " Me");
            s.posts().editText(d.id(), Lang.FR, original + " Merci");
            s.posts().editText(d.id(), Lang.EN, "Thanks");
            s.history().undo();
            assertThat(s.posts().draft(d.id()).orElseThrow().english()).isEqualTo(d.english());
            assertThat(s.posts().draft(d.id()).orElseThrow().french()).isEqualTo(original + " Merci");
            s.history().undo();
            assertThat(s.posts().draft(d.id()).orElseThrow().french()).isEqualTo(original);
            s.history().undo();
            assertThat(s.posts().drafts()).isEmpty();
            s.history().redo();
        }
        try (Session s = PostFiles.open(file)) {
            assertThat(s.posts().drafts()).hasSize(1);
        }
    }

    @Test
    void approvalRecordsWhoAndWhenAndRefusesATooLongPost() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("approve.db"))) {
            Draft longOne = s.posts().create(PostFiles.request("message-2", Network.X, PostFiles.TUESDAY));
            assertThat(longOne.fits()).as("key message 2 is over 280 on X").isFalse();
            assertThatThrownBy(() -> s.posts().setState(longOne.id(), PostState.APPROVED, "Marie Tremblay", NOON))
                    .isInstanceOf(PostRuleException.class).hasMessage("posts.error.tooLong");

            Draft d = s.posts().create(PostFiles.request("gesture-ribbon", Network.X, PostFiles.MONDAY));
            assertThatThrownBy(() -> s.posts().setState(d.id(), PostState.PUBLISHED, "", NOON))
                    .hasMessage("posts.error.notApproved");
            s.posts().setState(d.id(), PostState.TO_APPROVE, "", NOON);
            s.posts().setState(d.id(), PostState.APPROVED, "Marie Tremblay", NOON);
            Draft approved = s.posts().draft(d.id()).orElseThrow();
            assertThat(approved.state()).isEqualTo(PostState.APPROVED);
            assertThat(approved.approvedBy()).isEqualTo("Marie Tremblay");
            assertThat(approved.approvedAt()).isEqualTo(NOON);

            s.posts().editText(d.id(), Lang.FR, approved.french() + " Merci!");
            assertThat(s.posts().draft(d.id()).orElseThrow().state())
                    .as("a changed text needs a new approval").isEqualTo(PostState.TO_APPROVE);
            s.history().undo();
            assertThat(s.posts().draft(d.id()).orElseThrow()).isEqualTo(approved);
        }
    }

    @Test
    void theOfficeAddsItsOwnTemplatesToTheFile() throws Exception {
        Path file = dir.resolve("templates.db");
        try (Session s = PostFiles.withProfile(file)) {
            s.posts().addTemplate("Visite d’école", "Visite à {organisme} aujourd’hui! {hashtag}", "");
        }
        try (Session s = PostFiles.open(file)) {
            PostTemplate t = s.posts().template("custom-1").orElseThrow();
            assertThat(t.custom()).isTrue();
            Draft d = s.posts().create(PostFiles.request("custom-1", Network.FACEBOOK, PostFiles.TUESDAY));
            assertThat(d.french()).isEqualTo("Visite à la Maison des jeunes aujourd’hui! #JPS2020");
        }
    }

    @Test
    void theSuggestedWeekIsMadeAndUndoneInOneStep() throws Exception {
        Path file = dir.resolve("suggested.db");
        try (Session s = PostFiles.withProfile(file)) {
            var made = s.posts().prepareWeek(TemplateCatalogue.week(Editions.shipped().year(2020)), PostService.typed("", ""));
            assertThat(made).hasSize(9);
            assertThat(s.posts().drafts()).extracting(Draft::day).containsOnly(
                    PostFiles.MONDAY, PostFiles.TUESDAY, PostFiles.MONDAY.plusDays(2), PostFiles.MONDAY.plusDays(3),
                    PostFiles.MONDAY.plusDays(4));
            assertThat(s.posts().drafts()).filteredOn(d -> d.gestureId().equals("cocktail")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.day()).isEqualTo(s.campaign().cocktailDate());
                        assertThat(d.french()).startsWith("Mardi 18 février\u00A0: au cocktail");
                    });
            assertThat(s.posts().drafts().stream().map(Draft::templateId).distinct()).hasSize(9);
            s.history().undo();
            assertThat(s.posts().drafts()).isEmpty();
            s.history().redo();
        }
        try (Session s = PostFiles.open(file)) {
            assertThat(s.posts().drafts()).hasSize(9);
        }
    }

    @Test
    void aPostIsScheduledInsideTheCampaignWeekOnly() throws Exception {
        try (Session s = PostFiles.withProfile(dir.resolve("week.db"))) {
            Draft d = s.posts().create(PostFiles.request("message-1", Network.LINKEDIN, PostFiles.MONDAY));
            s.posts().schedule(d.id(), PostFiles.TUESDAY, LocalTime.of(17, 30));
            assertThat(s.posts().draftsOn(PostFiles.TUESDAY)).hasSize(1);
            assertThatThrownBy(() -> s.posts().schedule(d.id(), PostFiles.MONDAY.minusDays(1), LocalTime.NOON))
                    .isInstanceOf(PostRuleException.class);
        }
    }
}
