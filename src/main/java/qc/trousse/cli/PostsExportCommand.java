package qc.trousse.cli;

import qc.trousse.campaign.WeekWords;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostsExport;
import qc.trousse.session.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** `posts export --out FILE.csv|FILE.pdf [--day 2020-02-18]`: all posts, or one day's. */
final class PostsExportCommand implements CliCommand {
    @Override
    public String name() {
        return "posts export";
    }

    @Override
    public String helpKey() {
        return "cli.help.postsExport";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Path out = null;
        LocalDate day = null;
        String[] a = args.toArray(String[]::new);
        for (int i = 0; i < a.length; i++) {
            switch (a[i]) {
                case "--out" -> out = Path.of(GlobalOptions.value(a, ++i, "--out"));
                case "--day" -> day = day(GlobalOptions.value(a, ++i, "--day"), context);
                default -> throw new UsageException("cli.unexpected", a[i]);
            }
        }
        if (out == null) {
            throw new UsageException("cli.missingValue", "--out");
        }
        if (PostsExport.format(out) == null) {
            throw new UsageException("posts.cli.badFormat", out);
        }
        Outputs.check(out);
        try (Session session = context.openSession()) {
            if (day != null && !session.campaign().contains(day)) {
                throw new UsageException("posts.cli.badDay", WeekWords.with(session.campaign(), day));
            }
            List<Draft> drafts = day == null ? session.posts().drafts() : session.posts().draftsOn(day);
            PostsExport.write(session.posts(), drafts, out);
            context.out().println(I18n.count("posts.cli.exported", drafts.size(), out));
            return 0;
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("posts.cli.writeFailed", out, e.getMessage()), e);
        }
    }

    private static LocalDate day(String text, CliContext context) throws UsageException, CommandFailure {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("posts.cli.badDay", WeekWords.with(context.campaign(), text));
        }
    }
}
