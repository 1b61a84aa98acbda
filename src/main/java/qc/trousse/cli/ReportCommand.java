package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.report.StaffActivity;
import qc.trousse.report.WeekReportPdf;
import qc.trousse.report.WeekSummaries;
import qc.trousse.session.Session;
import qc.trousse.store.ChangeLog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** `report --out FILE.pdf [--report-lang fr|en]`: the end-of-week report, in the --lang language by default. */
final class ReportCommand implements CliCommand {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String helpKey() {
        return "report.cli.help";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Path out = null;
        Lang lang = I18n.language();
        String[] array = args.toArray(String[]::new);
        for (int i = 0; i < array.length; i++) {
            switch (array[i]) {
                case "--out" -> out = Path.of(GlobalOptions.value(array, ++i, "--out"));
                case "--report-lang" -> lang = lang(GlobalOptions.value(array, ++i, "--report-lang"));
                default -> throw new UsageException("cli.unknownOption", array[i]);
            }
        }
        if (out == null) {
            throw new UsageException("cli.missingValue", "--out");
        }
        Outputs.check(out);
        try (Session session = context.openSession()) {
            WeekReportPdf.write(WeekSummaries.of(session, lang), lang, out);
            context.out().println(I18n.tr("report.cli.done", out));
            // Who did what, when the store keeps a log (the office's server): on the screen, not in the PDF.
            List<String> activity = StaffActivity.lines(new ChangeLog(session.file()), ZoneId.systemDefault(), 10);
            if (!activity.isEmpty()) {
                context.out().println(I18n.tr("activity.title"));
                activity.forEach(context.out()::println);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("report.writeFailed", out, e.getMessage()), e);
        }
    }

    private static Lang lang(String code) throws UsageException {
        try {
            return Lang.parse(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.badLang", code);
        }
    }
}
