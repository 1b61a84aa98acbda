package qc.trousse.store;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The desktop's keyring on Linux (GNOME Keyring, KWallet…) through the Secret Service's own command,
 * {@code secret-tool}. The password goes through its standard input, never its command line (which other users
 * may read in the process list).
 */
final class SecretToolPasswords implements ServerPasswords {
    private static final String SERVICE = "trousse-jps";

    static boolean available(String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "secret-tool"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> lookup(String where) {
        try {
            Process p = new ProcessBuilder("secret-tool", "lookup", "service", SERVICE, "server", where)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return finished(p) && p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out.strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(String where, String password) {
        run(List.of("secret-tool", "store", "--label=Trousse JPS " + where, "service", SERVICE, "server", where),
                password);
    }

    @Override
    public void forget(String where) {
        try {
            run(List.of("secret-tool", "clear", "service", SERVICE, "server", where), "");
        } catch (StoreException e) {
            // nothing was remembered
        }
    }

    private static void run(List<String> command, String input) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!finished(p) || p.exitValue() != 0) {
                throw new StoreException(new IOException("secret-tool " + command.get(1) + " failed"));
            }
        } catch (IOException e) {
            throw new StoreException(new IOException("secret-tool " + command.get(1) + " failed"));
        }
    }

    private static boolean finished(Process p) {
        try {
            if (p.waitFor(10, TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroy();
        return false;
    }
}
