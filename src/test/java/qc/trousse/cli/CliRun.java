package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the headless commands in-process, as Main does, and keeps what they printed. */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        I18n.setLanguage(GlobalOptions.sniffLang(args).orElse(Lang.FR));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = new Cli(o, e).run(GlobalOptions.parse(args));
        } catch (UsageException u) {
            e.println(I18n.tr(u.key(), u.args()));
            exit = 2;
        } finally {
            I18n.setLanguage(Lang.FR);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
