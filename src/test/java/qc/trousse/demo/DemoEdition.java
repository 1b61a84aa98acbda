package qc.trousse.demo;

import qc.trousse.cli.Cli;
import qc.trousse.cli.GlobalOptions;
import qc.trousse.store.DataFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second demo file: the demo office of 2020 carried into JPS 2027 by the very command an office runs,
 * {@code edition new --year 2027 --from}, then folded into one standalone file like the first demo.
 */
public final class DemoEdition {
    private DemoEdition() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Path.of(args[1]));
    }

    public static void write(Path from, Path file) throws Exception {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("refusing to overwrite " + file);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(GlobalOptions.parse(new String[] {
                    "--data", file.toString(), "edition", "new", "--year", "2027", "--from", from.toString()}));
        if (exit != 0) {
            throw new IllegalStateException(err.toString(StandardCharsets.UTF_8));
        }
        try (DataFile made = DataFile.open(file)) {
            DemoWeek.foldLog(made);
        }
        // the app keeps its lock file beside a data file it used; a shipped file travels alone
        java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
    }
}
