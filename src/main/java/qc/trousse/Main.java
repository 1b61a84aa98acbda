package qc.trousse;

import qc.trousse.cli.Cli;
import qc.trousse.cli.GlobalOptions;
import qc.trousse.cli.UsageException;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.ui.TrousseApp;

/**
 * The launcher. No sub-command opens the window; a sub-command runs headless over the same services.
 * It does not extend Application, so the shaded jar starts with a plain `java -jar`.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        qc.trousse.ui.StartupMarks.mark("main");
        I18n.setLanguage(GlobalOptions.sniffLang(args).orElse(Lang.FR));
        GlobalOptions options;
        try {
            options = GlobalOptions.parse(args);
        } catch (UsageException e) {
            System.err.println(I18n.tr(e.key(), e.args()) + " " + I18n.tr("cli.seeHelp"));
            System.exit(2);
            return;
        }
        if (options.wantsWindow()) {
            TrousseApp.launch(options, System.out);
            return;
        }
        System.exit(new Cli(System.out, System.err).run(options));
    }
}
