package qc.trousse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Network;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.session.Session;
import qc.trousse.store.CarryOver;
import qc.trousse.store.DataFile;
import qc.trousse.store.EditionFileMaker;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new edition made from the old file keeps the networks the office chose and its Mastodon server's limit,
 * with its accounts; without the accounts it posts on the new edition's networks.
 */
class NetworksCarryTest {
    @TempDir
    Path dir;

    private Path officeWithNetworks() throws Exception {
        Path old = dir.resolve("bureau-2020.db");
        try (Session s = new Session(DataFile.open(old), Editions.shipped(), Ridings.load())) {
            s.posts().setNetworks(new OfficeNetworks(List.of(Network.BLUESKY, Network.MASTODON, Network.FACEBOOK),
                    1000));
        }
        return old;
    }

    private static OfficeNetworks networksOf(Path file) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            return s.posts().networks();
        }
    }

    @Test
    void editionNewFromTheOldFileKeepsTheOfficesNetworksAndMastodonLimit() throws Exception {
        Path old = officeWithNetworks();
        Path made = dir.resolve("bureau-2027.db");
        CliRun run = CliRun.of(new String[] {"--data", made.toString(), "edition", "new", "--year", "2027",
            "--from", old.toString()});
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(networksOf(made)).isEqualTo(new OfficeNetworks(
                List.of(Network.BLUESKY, Network.MASTODON, Network.FACEBOOK), 1000));
    }

    @Test
    void theServiceCarriesTheChoiceWithTheAccountsOnly() throws Exception {
        Path old = officeWithNetworks();
        Path with = dir.resolve("with.db");
        EditionFileMaker.make(with, new EditionFileMaker.Plan(2027, "", Optional.of(old),
                EnumSet.of(CarryOver.SOCIAL)));
        assertThat(networksOf(with).used()).containsExactly(Network.BLUESKY, Network.MASTODON, Network.FACEBOOK);
        assertThat(networksOf(with).mastodonLimit()).isEqualTo(1000);

        Path without = dir.resolve("without.db");
        EditionFileMaker.make(without, new EditionFileMaker.Plan(2027, "", Optional.of(old),
                EnumSet.of(CarryOver.PROFILE, CarryOver.TEAM)));
        assertThat(networksOf(without).used()).as("not carried: the 2027 edition's seven")
                .containsExactly(Network.values());
        assertThat(networksOf(without).mastodonLimit()).isZero();
    }

    @Test
    void anOfficeThatNeverChoseTakesTheNewEditionsNetworks() throws Exception {
        Path old = dir.resolve("never.db");
        new Session(DataFile.open(old), Editions.shipped(), Ridings.load()).close();
        Path made = dir.resolve("never-2027.db");
        EditionFileMaker.make(made, new EditionFileMaker.Plan(2027, "", Optional.of(old),
                EnumSet.allOf(CarryOver.class)));
        assertThat(networksOf(made).used()).containsExactly(Network.values());
    }
}
