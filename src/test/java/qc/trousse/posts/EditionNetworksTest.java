package qc.trousse.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.CarryOver;
import qc.trousse.store.DataFile;
import qc.trousse.store.EditionFileMaker;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The networks are part of the edition: a 2020 file posts on 2020's four, a new 2027 file on the seven its
 * campaign lists, the office's choice wins once made; the suggested week is made on every network used.
 */
class EditionNetworksTest {
    @TempDir
    Path dir;

    private Session new2027(String name) throws Exception {
        Path file = dir.resolve(name);
        EditionFileMaker.make(file, new EditionFileMaker.Plan(2027, "", Optional.empty(),
                EnumSet.noneOf(CarryOver.class)));
        Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
        s.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
        s.office().update("x", p -> p.withHandles(p.handles().withX("@MTremblayJT")
                .withBluesky("mtremblay.bsky.social").withMastodon("@mtremblay@mastodon.social")));
        s.history().clear();
        return s;
    }

    @Test
    void a2020FileUses2020sFourAndA2027FileTheSevenOfItsCampaign() throws Exception {
        try (Session s = PostFiles.open(dir.resolve("2020.db"))) {
            assertThat(s.posts().networks().used()).containsExactly(Network.X, Network.FACEBOOK, Network.INSTAGRAM,
                    Network.LINKEDIN);
        }
        try (Session s = new2027("2027.db")) {
            assertThat(s.campaign().year()).isEqualTo(2027);
            assertThat(s.posts().networks().used()).containsExactly(Network.values());
            s.posts().setNetworks(s.posts().networks().withUsed(List.of(Network.BLUESKY, Network.FACEBOOK)));
            assertThat(s.posts().networks().used()).containsExactly(Network.BLUESKY, Network.FACEBOOK);
            s.history().undo();
            assertThat(s.posts().networks().used()).as("undone, the file posts on its edition's networks again")
                    .containsExactly(Network.values());
            s.history().redo();
        }
        try (Session s = new Session(DataFile.open(dir.resolve("2027.db")), Editions.shipped(), Ridings.load())) {
            assertThat(s.posts().networks().used()).containsExactly(Network.BLUESKY, Network.FACEBOOK);
        }
    }

    @Test
    void the2027WeekIsMadeOnEverySevenNetworksWithEachOnesLook() throws Exception {
        try (Session s = new2027("week.db")) {
            List<Draft> made = s.posts().prepareWeek(TemplateCatalogue.week(s.campaign()), PostService.typed("", ""));
            assertThat(made).extracting(Draft::network).containsAll(List.of(Network.values()));
            // X's three slots go to Bluesky and Mastodon too, Instagram's two to Threads: 9 + 3 + 3 + 2
            assertThat(made).hasSize(17);
            assertThat(made).filteredOn(d -> d.network() == Network.BLUESKY).extracting(Draft::templateId)
                    .containsExactlyElementsOf(made.stream().filter(d -> d.network() == Network.X)
                            .map(Draft::templateId).toList());
            assertThat(made).filteredOn(d -> d.network() == Network.THREADS).extracting(Draft::templateId)
                    .containsExactly("gesture-ribbon", "gesture-encouragement");
            assertThat(made).filteredOn(d -> d.network() == Network.INSTAGRAM)
                    .allSatisfy(d -> assertThat(d.french()).endsWith("\n\n#JPS2027"));
            assertThat(made).filteredOn(d -> d.network() == Network.THREADS)
                    .allSatisfy(d -> assertThat(d.french()).doesNotContain("\n").endsWith(" #JPS2027"));
            assertThat(made).allSatisfy(d -> assertThat(d.network().look().card()).isEqualTo(sizeNamedByTheIssue(d)));
            s.history().undo();
            assertThat(s.posts().drafts()).as("the whole week is one undo step").isEmpty();
        }
    }

    /** The sizes the issue names, written out here rather than read from the code under test. */
    private static CardSize sizeNamedByTheIssue(Draft d) {
        Map<Network, CardSize> expected = Map.of(Network.INSTAGRAM, CardSize.SQUARE, Network.THREADS,
                CardSize.PORTRAIT, Network.X, CardSize.LANDSCAPE, Network.BLUESKY, CardSize.LANDSCAPE,
                Network.MASTODON, CardSize.LANDSCAPE, Network.FACEBOOK, CardSize.LANDSCAPE, Network.LINKEDIN,
                CardSize.LANDSCAPE);
        return expected.get(d.network());
    }

    @Test
    void aWeekOnlyGoesToTheNetworksTheOfficeUsesAndAWeekNamingANetworkKeepsItsOwnSlots() throws Exception {
        try (Session s = new2027("chosen.db")) {
            s.posts().setNetworks(s.posts().networks().withUsed(List.of(Network.MASTODON, Network.LINKEDIN)));
            List<Draft> made = s.posts().prepareWeek(TemplateCatalogue.week(s.campaign()), PostService.typed("", ""));
            assertThat(made).extracting(Draft::network).containsOnly(Network.MASTODON, Network.LINKEDIN);
            assertThat(made).filteredOn(d -> d.network() == Network.MASTODON).hasSize(3);
            var slots = List.of(new TemplateCatalogue.Slot("message-1", 1, java.time.LocalTime.NOON, Network.X),
                    new TemplateCatalogue.Slot("message-2", 2, java.time.LocalTime.NOON, Network.MASTODON));
            assertThat(s.posts().prepareWeek(slots, PostService.typed("", ""))).extracting(Draft::templateId)
                    .as("a week with Mastodon slots of its own does not give it X's").containsExactly("message-2");
        }
    }

    @Test
    void aTemplateNamesTheOfficesAccountOnThePostsNetwork() throws Exception {
        try (Session s = new2027("handles.db")) {
            PostTemplate t = s.posts().addTemplate("Suivez-nous", "Suivez {compte} cette semaine! {hashtag}", "");
            java.time.LocalDate monday = s.campaign().start();
            for (var e : Map.of(Network.X, "@MTremblayJT", Network.BLUESKY, "mtremblay.bsky.social",
                    Network.MASTODON, "@mtremblay@mastodon.social").entrySet()) {
                Draft d = s.posts().create(new DraftRequest(t.id(), e.getKey(), monday, java.time.LocalTime.NOON,
                        false, PostService.typed("", "")));
                assertThat(d.french()).isEqualTo("Suivez " + e.getValue() + " cette semaine! #JPS2027");
            }
            Draft threads = s.posts().create(new DraftRequest(t.id(), Network.THREADS, monday,
                    java.time.LocalTime.NOON, false, PostService.typed("", "")));
            assertThat(threads.french()).as("no account there: the placeholder stays to be filled")
                    .contains("{compte}");
        }
    }
}
