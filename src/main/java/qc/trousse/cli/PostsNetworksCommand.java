package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostRuleException;
import qc.trousse.session.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * `posts networks [--use X,Bluesky,…] [--mastodon-limit N]`: the networks the office posts on and its Mastodon
 * server's limit; with no option, says them. A change is one undo step in the file, like any other.
 */
final class PostsNetworksCommand implements CliCommand {
    @Override
    public String name() {
        return "posts networks";
    }

    @Override
    public String helpKey() {
        return "cli.help.postsNetworks";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        try (Session session = context.openSession()) {
            OfficeNetworks next = session.posts().networks();
            String[] a = args.toArray(String[]::new);
            for (int i = 0; i < a.length; i++) {
                String value = GlobalOptions.value(a, i + 1, a[i]);
                switch (a[i]) {
                    case "--use" -> next = next.withUsed(networks(value));
                    case "--mastodon-limit" -> next = next.withMastodonLimit(limit(value));
                    default -> throw new UsageException("cli.unknownOption", a[i]);
                }
                i++;
            }
            try {
                session.posts().setNetworks(next);
            } catch (PostRuleException e) {
                throw new CommandFailure(I18n.tr(e.key()), e);
            }
            OfficeNetworks now = session.posts().networks();
            context.out().println(I18n.tr("posts.cli.networks", String.join(", ",
                    now.used().stream().map(Network::label).toList()),
                    now.rules(Network.MASTODON, session.campaign().days().get(0)).limit()));
            return 0;
        }
    }

    private static List<Network> networks(String list) throws CommandFailure {
        List<Network> used = new ArrayList<>();
        for (String name : list.split("\\s*,\\s*")) {
            try {
                Network n = Network.parse(name.strip());
                if (!used.contains(n)) {
                    used.add(n);
                }
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(I18n.tr("posts.cli.unknownNetwork", name.strip()), e);
            }
        }
        return used;
    }

    private static int limit(String value) throws CommandFailure {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandFailure(I18n.tr("posts.error.mastodonLimit"), e);
        }
    }
}
