package qc.trousse.posts;

import qc.trousse.campaign.Campaign;

import java.util.List;

/**
 * The networks an edition posts on, as its campaign file lists them (`networks=`); a campaign that lists none
 * (JPS 2020's) posts on 2020's four. The office's own choice, once made, is kept in its file and wins.
 */
public final class EditionNetworks {
    private EditionNetworks() {
    }

    public static List<Network> of(Campaign campaign) {
        List<String> names = campaign.posts().networks();
        return names.isEmpty() ? OfficeNetworks.OF_2020 : names.stream().map(Network::valueOf).toList();
    }

    /** What the file keeps, with the edition's networks when the office never chose. */
    static OfficeNetworks resolve(OfficeNetworks stored, Campaign campaign) {
        return stored.used().isEmpty() ? stored.withUsed(of(campaign)) : stored;
    }
}
