package qc.trousse;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * For tests that need a real service or tool of the machine (CUPS, unshare, strace): in CI its absence fails the
 * test; on a developer's machine the test is skipped and says why.
 */
public final class RealService {
    private RealService() {
    }

    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        String message = what + " is not available on this machine";
        if (inCi()) {
            fail(message + " (CI must provide it: see .ci/run)");
        }
        System.err.println("SKIPPED outside CI: " + message);
        Assumptions.assumeTrue(false, message + "; skipped because CI is not set");
    }

    /** Whether a command runs here and exits 0. */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
