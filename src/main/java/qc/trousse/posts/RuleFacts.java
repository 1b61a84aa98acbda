package qc.trousse.posts;

import java.time.LocalDate;

/**
 * One row of assets/data/networks.csv: a network's limit from a date, what else it caps, and where that comes
 * from. A cap of 0 means the network sets none.
 */
public record RuleFacts(Network network, LocalDate from, int limit, Caps caps, String source) {

    /** The other limits: how much a URL weighs (0: as written), links, hashtags and UTF-8 bytes per post. */
    public record Caps(int urlLength, int links, int hashtags, int bytes) {
    }
}
