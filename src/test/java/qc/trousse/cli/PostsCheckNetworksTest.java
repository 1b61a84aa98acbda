package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Network;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `posts check` gives one line per network as that network counts, and exits 3 when a used network refuses. */
class PostsCheckNetworksTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void french() {
        I18n.setLanguage(Lang.FR);
    }

    private int run(String... args) throws Exception {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(GlobalOptions.parse(args));
    }

    private Path text(String content) throws Exception {
        Path file = dir.resolve("post.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyNetworkGetsItsLineWithWhatItCounts() throws Exception {
        // 197 letters, 3 families of 7 code points, a space, 2 flags, a space, the hashtag: 212 graphemes
        Path file = text("a".repeat(197) + "👨‍👩‍👧‍👦".repeat(3) + " 🇨🇦🇨🇦 #JPS2020");
        assertThat(run("--data", dir.resolve("none.db").toString(), "posts", "check", file.toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "Bluesky\t212/300\ttient\tgraphèmes", "X\t", "\tcaractères pondérés", "Threads\t", "Mastodon\t212/500",
                "Facebook\t", "Instagram\t", "LinkedIn\t");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("/")).count())
                .isEqualTo(Network.values().length);
    }

    @Test
    void sixHashtagsPassIn2020AndAreRefusedByInstagramIn2027() throws Exception {
        Path file = text("Bravo #JPS2027 #un #deux #trois #quatre #cinq");
        Path none = dir.resolve("none.db");
        assertThat(run("--data", none.toString(), "posts", "check", "--day", "2020-02-18", file.toString()))
                .isEqualTo(0);
        // with no file and no day, the text is checked on the first day of the edition in progress or next
        assertThat(run("--data", none.toString(), "posts", "check", file.toString())).isEqualTo(3);
        assertThat(run("--data", none.toString(), "posts", "check", "--day", "2027-02-15", file.toString()))
                .isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Instagram\t45/2200\tDÉPASSE\tcaractères\t"
                + "6 mots-clics sur 5").doesNotContain("(s)");
        assertThat(run("--data", none.toString(), "posts", "check", "--day", "15 février", file.toString()))
                .isEqualTo(2);
    }

    @Test
    void onlyTheNetworksTheOfficeUsesDecideTheExitCode() throws Exception {
        Path data = dir.resolve("office.db");
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.BLUESKY, Network.MASTODON), 1_000));
        }
        // 400 letters: X refuses them, Bluesky too, the office's Mastodon server takes them
        Path file = text("b".repeat(400));
        assertThat(run("--data", data.toString(), "posts", "check", file.toString())).isEqualTo(3);
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("Bluesky\t400/300\tDÉPASSE\tgraphèmes\ttrop long de 100\tNe tient pas à partir de : « b",
                "Mastodon\t400/1000\ttient", "X\t400/280\tDÉPASSE");
        assertThat(said.lines().filter(l -> l.startsWith("X\t"))).allMatch(l -> l.endsWith("n’utilise pas)"));
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.MASTODON), 1_000));
        }
        assertThat(run("--data", data.toString(), "posts", "check", file.toString())).isEqualTo(0);
    }

    @Test
    void postsNetworksSetsTheNetworksAndTheMastodonLimitAndRefusesNonsenseByName() throws Exception {
        Path data = dir.resolve("set.db");
        assertThat(run("--data", data.toString(), "posts", "networks", "--use", "X, Bluesky,mastodon",
                "--mastodon-limit", "1000")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Réseaux du bureau : X, Bluesky, Mastodon. Limite du serveur Mastodon : 1");
        assertThat(run("--data", data.toString(), "posts", "networks", "--use", "Myspace")).isEqualTo(1);
        assertThat(run("--data", data.toString(), "posts", "networks", "--mastodon-limit", "beaucoup"))
                .isEqualTo(1);
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            assertThat(s.posts().networks()).isEqualTo(
                    new OfficeNetworks(List.of(Network.X, Network.BLUESKY, Network.MASTODON), 1000));
        }
    }
}
