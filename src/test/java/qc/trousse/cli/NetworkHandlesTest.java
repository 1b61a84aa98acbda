package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.trousse.campaign.Editions;
import qc.trousse.office.ProfileRules;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The office's Bluesky, Threads and Mastodon accounts: checked for their network's form, kept in the file. */
class NetworkHandlesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "bluesky, marietremblay.bsky.social, true",
            "bluesky, @marietremblay.bsky.social, true",
            "bluesky, deputee-jean-talon.quebec, true",
            "bluesky, marietremblay, false",
            "bluesky, marie tremblay.bsky.social, false",
            "bluesky, -marie.bsky.social, false",
            "threads, @marie.tremblay_jt, true",
            "threads, marie tremblay, false",
            "mastodon, @MTremblay@mastodon.social, true",
            "mastodon, mtremblay@piaille.fr, true",
            "mastodon, @MTremblay, false",
            "mastodon, https://mastodon.social/@MTremblay, false",
            "mastodon, @m@server, false"})
    void eachHandleHasItsNetworksForm(String network, String handle, boolean valid) {
        Function<String, Optional<String>> rule = switch (network) {
            case "bluesky" -> ProfileRules::bluesky;
            case "threads" -> ProfileRules::threads;
            default -> ProfileRules::mastodon;
        };
        assertThat(rule.apply(handle).isEmpty()).isEqualTo(valid);
    }

    @Test
    void profileSetChecksTheFormAndKeepsTheAccounts() throws Exception {
        Path data = dir.resolve("handles.db");
        CliRun bad = CliRun.of("--data", data.toString(), "profile", "set", "--mastodon", "@MTremblay");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("Compte Mastodon", "@nom@serveur");
        CliRun ok = CliRun.of("--data", data.toString(), "profile", "set", "--mna", "Marie Tremblay",
                "--bluesky", "marietremblay.bsky.social", "--threads", "@marie.tremblay", "--mastodon",
                "@MTremblay@mastodon.social");
        assertThat(ok.exit()).as(ok.err()).isEqualTo(0);
        try (Session s = new Session(DataFile.open(data), Editions.shipped(), Ridings.load())) {
            var h = s.office().profile().handles();
            assertThat(Network.BLUESKY.handle(h)).isEqualTo("marietremblay.bsky.social");
            assertThat(Network.THREADS.handle(h)).isEqualTo("@marie.tremblay");
            assertThat(Network.MASTODON.handle(h)).isEqualTo("@MTremblay@mastodon.social");
            assertThat(Network.X.handle(h)).isEmpty();
        }
        assertThat(CliRun.of("--data", data.toString(), "profile", "show").out())
                .contains("marietremblay.bsky.social", "@MTremblay@mastodon.social");
    }
}
