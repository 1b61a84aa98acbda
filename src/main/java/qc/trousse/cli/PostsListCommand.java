package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.session.Session;

import java.util.List;

/** `posts list`: one line per post version, in publishing order. */
final class PostsListCommand implements CliCommand {
    @Override
    public String name() {
        return "posts list";
    }

    @Override
    public String helpKey() {
        return "cli.help.postsList";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        if (!args.isEmpty()) {
            throw new UsageException("cli.unexpected", args.get(0));
        }
        try (Session session = context.openSession()) {
            List<Draft> drafts = session.posts().drafts();
            if (drafts.isEmpty()) {
                context.out().println(I18n.tr("posts.cli.none"));
            }
            for (Draft d : drafts) {
                for (String text : d.versions()) {
                    var length = session.posts().networks().measure(d.network(), text, d.day());
                    context.out().printf("%d\t%s %s\t%s\t%s\t%d/%d\t%s%n", d.id(), d.day(), d.time(),
                            d.network().label(), I18n.tr(d.state().key()), length.length(), length.limit(),
                            text.replace('\n', ' '));
                }
            }
            return 0;
        }
    }
}
