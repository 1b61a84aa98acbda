package qc.trousse.posts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The networks the office posts on and its Mastodon server's limit: the one place that says which networks
 * count. As the file keeps it, an empty list means the office never chose: it posts on its edition's networks
 * (see {@link EditionNetworks}); {@link #DEFAULT} is JPS 2020's four with Mastodon's default limit.
 */
public record OfficeNetworks(List<Network> used, int mastodonLimit) {
    public static final List<Network> OF_2020 = List.of(Network.X, Network.FACEBOOK, Network.INSTAGRAM,
            Network.LINKEDIN);
    public static final OfficeNetworks DEFAULT = new OfficeNetworks(OF_2020, 0);
    /** A Mastodon server sets its own limit; below 1 or above this it is a typing error, not a server. */
    public static final int MASTODON_MAX = 1_000_000;

    public OfficeNetworks {
        used = List.copyOf(used);
    }

    public boolean uses(Network network) {
        return used.contains(network);
    }

    /** The rules of the network in force on the day, with the office's settings. */
    public NetworkRules rules(Network network, LocalDate day) {
        return network.rules(NetworkRuleBook.shipped().on(network, day), this);
    }

    public PostLength measure(Network network, String text, LocalDate day) {
        return rules(network, day).measure(text);
    }

    /** Every version of the draft fits its network on its day; only then can it be approved. */
    public boolean fits(Draft draft) {
        return draft.versions().stream().allMatch(t -> measure(draft.network(), t, draft.day()).fits());
    }

    public OfficeNetworks withUsed(List<Network> v) {
        return new OfficeNetworks(v, mastodonLimit);
    }

    public OfficeNetworks withMastodonLimit(int v) {
        return new OfficeNetworks(used, v);
    }

    /** As kept in the file's settings: "X,FACEBOOK,BLUESKY". */
    public String usedText() {
        return String.join(",", used.stream().map(Network::name).toList());
    }

    /** Reads the settings back; an unknown or empty list is "not chosen": the edition's networks are used. */
    public static OfficeNetworks parse(String usedText, String limitText) {
        List<Network> used = new ArrayList<>();
        if (usedText != null) {
            for (String name : usedText.split(",")) {
                for (Network n : Network.values()) {
                    if (n.name().equals(name.strip()) && !used.contains(n)) {
                        used.add(n);
                    }
                }
            }
        }
        int limit = 0;
        try {
            limit = limitText == null ? 0 : Integer.parseInt(limitText.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        return new OfficeNetworks(used, limit);
    }
}
