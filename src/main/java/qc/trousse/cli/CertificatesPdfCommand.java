package qc.trousse.cli;

import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.RenderReport;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * `certificates pdf --out FILE.pdf | --each DIR [--paper letter|a4] [--only-unprinted]`: the file's recipients;
 * or `--name NAME [--reason TEXT] [--date D]` for certificates on the spot. A PDF is not a print: nothing is marked.
 */
final class CertificatesPdfCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--out", "--each", "--paper", "--name", "--reason", "--date",
            CertificateArgs.ONLY_UNPRINTED);

    @Override
    public String name() {
        return "certificates pdf";
    }

    @Override
    public String helpKey() {
        return "cli.help.certificatesPdf";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        CertificateArgs parsed = CertificateArgs.parse(args, OPTIONS);
        Path out = parsed.path("--out");
        Path each = parsed.path("--each");
        if (out == null && each == null) {
            throw new UsageException("cli.certificates.needOut");
        }
        if (each != null) {
            Outputs.checkFolder(each);
        } else {
            Outputs.check(out);
        }
        try (Session session = context.openSession()) {
            List<CertificateFields> certificates = parsed.certificates(session, new CertificatePrinter()).certificates();
            CertificateRenderer renderer = new CertificateRenderer(session.certificateDesign().design());
            CertificateWarnings.print(renderer, certificates, context.out());
            Path target = each != null ? each : out;
            try {
                RenderReport report = each != null
                        ? renderer.renderEach(certificates, parsed.paper(), each, Progress.NONE)
                        : renderer.render(certificates, parsed.paper(), out, Progress.NONE);
                context.out().println(I18n.count("certificates.pdf.written", report.pages(), target));
                return 0;
            } catch (IOException e) {
                throw new CommandFailure(I18n.tr("certificates.pdf.cannotWrite", target, e.getMessage()), e);
            } catch (Progress.CancelledException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
    }
}
