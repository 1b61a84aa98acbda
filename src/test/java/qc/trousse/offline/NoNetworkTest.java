package qc.trousse.offline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.RealService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app and its headless commands run in a network namespace with no network at all, and under strace they
 * never connect, bind, listen or send to an internet address. (The JDK's NIO start-up creates and closes an
 * AF_INET socket to probe IPv6 support without ever connecting it; that probe is not counted.)
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        RealService.require(RealService.runs("unshare", "-n", "true"), "unshare -n (a network namespace)");
        RealService.require(RealService.runs("strace", "-V"), "strace");
    }

    private String runOffline(String... args) throws Exception {
        Path trace = Files.createTempFile(dir, "trace", ".log");
        List<String> command = new ArrayList<>(List.of("unshare", "-n", "strace", "-f", "-e", "trace=connect,bind,listen,sendto,sendmsg",
                "-o", trace.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), "qc.trousse.Main", "--data",
                dir.resolve("hors-ligne.db").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> network = Files.readAllLines(trace).stream()
                .filter(l -> l.contains("AF_INET") || l.contains("AF_PACKET"))
                .toList();
        assertThat(network).as("network calls made by " + String.join(" ", args)).isEmpty();
        return out;
    }

    @Test
    void headlessCommandsWorkWithNoNetwork() throws Exception {
        runOffline("profile", "set", "--mna", "Marie-Ève Tremblay", "--riding", "Rimouski");
        assertThat(runOffline("profile", "show")).contains("Marie-Ève Tremblay", "Rimouski");
        assertThat(runOffline("check")).startsWith("OK");
    }

    @Test
    void theWindowOpensWithNoNetwork() throws Exception {
        assertThat(runOffline("--smoke")).containsPattern("ready \\d+").containsPattern("loaded \\d+");
    }
}
