package qc.trousse.posts;

import org.junit.jupiter.api.Test;
import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.Editions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped campaign files list only networks open on their week's first day: none before its first rule, no
 * Bluesky before its public opening (6 February 2024), no Threads before 5 July 2023; 2020 lists none (its four).
 */
class ShippedEditionNetworksTest {
    private static final LocalDate BLUESKY_PUBLIC = LocalDate.of(2024, 2, 6);

    @Test
    void everyListedNetworkWasOpenOnTheWeeksFirstDay() {
        for (Campaign c : Editions.shipped().all()) {
            for (Network n : EditionNetworks.of(c)) {
                LocalDate first = NetworkRuleBook.shipped().all().stream().filter(r -> r.network() == n)
                        .map(RuleFacts::from).min(LocalDate::compareTo).orElseThrow();
                assertThat(first).as(c.year() + " " + n).isBeforeOrEqualTo(c.start());
                if (n == Network.BLUESKY) {
                    assertThat(c.start()).as(c.year() + " Bluesky").isAfterOrEqualTo(BLUESKY_PUBLIC);
                }
            }
        }
    }

    @Test
    void twentyTwentyListsNoneAndPostsOnItsFourWhileLaterEditionsListTheirs() {
        Editions e = Editions.shipped();
        assertThat(e.all().get(0).posts().networks()).isEmpty();
        assertThat(EditionNetworks.of(e.all().get(0))).isEqualTo(OfficeNetworks.OF_2020);
        for (Campaign c : e.all().subList(1, e.all().size())) {
            assertThat(c.posts().networks()).as(c.year() + " lists its networks").isNotEmpty();
        }
        assertThat(EditionNetworks.of(e.all().get(3))).as("2023").containsExactly(Network.X, Network.FACEBOOK,
                Network.INSTAGRAM, Network.LINKEDIN, Network.MASTODON);
        assertThat(EditionNetworks.of(e.all().get(4))).as("2024").containsExactly(Network.values());
    }
}
