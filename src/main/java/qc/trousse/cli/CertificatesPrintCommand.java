package qc.trousse.cli;

import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * `certificates print [--printer NAME] [--paper letter|a4] [--copies N] [--only-unprinted]`: prints the file's
 * recipients as one job and marks them printed only if the printer accepted it; `--name NAME [--reason TEXT]`
 * prints one on the spot instead.
 */
final class CertificatesPrintCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--printer", "--paper", "--copies", "--name", "--reason",
            "--date", CertificateArgs.ONLY_UNPRINTED);

    @Override
    public String name() {
        return "certificates print";
    }

    @Override
    public String helpKey() {
        return "cli.help.certificatesPrint";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        CertificateArgs parsed = CertificateArgs.parse(args, OPTIONS);
        try (Session session = context.openSession()) {
            CertificateArgs.Chosen chosen = parsed.certificates(session, new CertificatePrinter());
            CertificateRenderer renderer = chosen.batch().renderer();
            CertificateWarnings.print(renderer, chosen.certificates(), context.out());
            PrintRequest request = new PrintRequest(parsed.options().get("--printer"), parsed.paper(),
                    parsed.copies());
            PrintOutcome outcome = new CertificatePrinter().print(renderer, chosen.certificates(), request,
                    Progress.NONE);
            if (!outcome.accepted()) {
                throw new CommandFailure(outcome.message());
            }
            context.out().println(outcome.message());
            int marked = chosen.batch().markIfAccepted(outcome, chosen.recipients());
            if (marked > 0) {
                context.out().println(I18n.count("cli.certificates.marked", marked));
            }
            return 0;
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("certificates.print.failed", "", e.getMessage()), e);
        } catch (Progress.CancelledException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
