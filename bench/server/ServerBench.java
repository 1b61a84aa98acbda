import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.cli.Cli;
import qc.trousse.cli.GlobalOptions;
import qc.trousse.cocktail.Guest;
import qc.trousse.office.Ridings;
import qc.trousse.posts.DraftRequest;
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.ChangeFeed;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.StoreCopy;
import qc.trousse.store.StoreUrl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The office's server against the data file (figures, not a test). Run by bench/server/run.sh, which makes three
 * empty databases and passes: the server's address (postgresql://HOST:PORT), the owner and staff roles, the three
 * database names. Prints one edit's round trip (written by one store, its notice seen by a second) p50 and p99,
 * opening an office of 5,000 recipients, 300 guests and 200 posts, and `certificates pdf` for 1,000 recipients.
 */
public final class ServerBench {
    private static final int EDITS = 300;
    private static final int RUNS = 5;
    private static String server;
    private static String owner;
    private static String app;

    public static void main(String[] args) throws Exception {
        server = args[0];
        owner = args[1];
        app = args[2];
        Path dir = Files.createTempDirectory("server-bench");
        System.out.printf("Server bench, %d cores, load %s, %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0], server);
        roundTrip(args[3]);
        opening(dir, args[4]);
        certificates(dir, args[5]);
    }

    private static StoreUrl url(String db, String role) throws Exception {
        return StoreUrl.parse(server + "/" + db + "?user=" + role);
    }

    /** One edit on store A, until store B's feed hears of it; the first 20 warm up. */
    private static void roundTrip(String db) throws Exception {
        ServerStore.open(url(db, owner)).close();
        try (ServerStore a = ServerStore.open(url(db, app)); ServerStore b = ServerStore.open(url(db, app));
             Session writer = new Session(a, Editions.shipped(), Ridings.load()); ChangeFeed seen = b.changes()) {
            a.signAs("Bench");
            Recipient r = writer.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "",
                    LocalDate.of(2020, 2, 19)));
            while (seen.next(Duration.ofMillis(200)).isPresent()) {
                // the add's own notices
            }
            long[] took = new long[EDITS];
            for (int i = -20; i < EDITS; i++) {
                Recipient now = writer.recipients().find(r.id()).orElseThrow();
                long start = System.nanoTime();
                writer.recipients().update(new Recipient(now.id(), now.kind(), now.name(), "Motif " + i, now.date(),
                        now.gesture(), now.state(), now.printedAt()));
                while (!seen.next(Duration.ofSeconds(5)).orElseThrow().table().equals("recipient")) {
                    // id counters and the like
                }
                if (i >= 0) {
                    took[i] = System.nanoTime() - start;
                }
                while (seen.next(Duration.ofMillis(1)).isPresent()) {
                    // the rest of the same edit
                }
            }
            Arrays.sort(took);
            System.out.printf("edit round trip (write + notice seen by a 2nd store), %d edits: p50 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms%n", EDITS, took[EDITS / 2] / 1e6, took[EDITS * 99 / 100] / 1e6,
                    took[EDITS - 1] / 1e6);
        }
    }

    private static Path office(Path dir, String name, int recipients, int guests, int posts) throws Exception {
        Path file = dir.resolve(name);
        cli("--data", file.toString(), "profile", "set", "--mna", "Catherine Dorion", "--title", "députée",
                "--riding", "Taschereau");
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            s.recipients().importAll(IntStream.range(0, recipients).mapToObj(i -> Recipient.of(RecipientKind.PERSON,
                    "Participant·e n° " + i + " Lévesque-Tékaronhiáhkhwa", "Pour sa persévérance (" + i + ").",
                    LocalDate.of(2020, 2, 18))).toList());
            s.guests().importAll(IntStream.range(0, guests).mapToObj(i -> Guest.named("Invité·e n° " + i)).toList());
            var templates = s.posts().templates();
            for (int i = 0; i < posts; i++) {
                s.posts().create(new DraftRequest(templates.get(i % templates.size()).id(),
                        Network.values()[i % Network.values().length], s.campaign().start().plusDays(i % 5),
                        LocalTime.of(9 + i % 8, 0), i % 2 == 0, Map.of()));
            }
        }
        return file;
    }

    /** The session opened and every list read, as the window does; the same office on the server and in a file. */
    private static void opening(Path dir, String db) throws Exception {
        Path file = office(dir, "office.db", 5000, 300, 200);
        StoreCopy.push(file, url(db, owner));
        Editions editions = Editions.shipped();
        Ridings ridings = Ridings.load();
        List<Long> onServer = new ArrayList<>();
        List<Long> inFile = new ArrayList<>();
        int[] counts = new int[3];
        for (int run = -1; run < RUNS; run++) {
            long start = System.nanoTime();
            try (Session s = new Session(ServerStore.open(url(db, app)), editions, ridings)) {
                counts[0] = s.recipients().all().size();
                counts[1] = s.guests().all().size();
                counts[2] = s.posts().drafts().size();
            }
            long server = System.nanoTime() - start;
            start = System.nanoTime();
            try (Session s = new Session(DataFile.open(file), editions, ridings)) {
                s.recipients().all().size();
                s.guests().all().size();
                s.posts().drafts().size();
            }
            if (run >= 0) {
                onServer.add(server);
                inFile.add(System.nanoTime() - start);
            }
        }
        System.out.printf("open an office of %d recipients, %d guests, %d posts (median of %d): server %.0f ms, "
                + "file %.0f ms, ratio %.2f×%n", counts[0], counts[1], counts[2], RUNS, median(onServer) / 1e6,
                median(inFile) / 1e6, median(onServer) / median(inFile));
    }

    /** `certificates pdf` for the office's 1,000 recipients, in this JVM: from the server, from the file. */
    private static void certificates(Path dir, String db) throws Exception {
        Path file = office(dir, "certificates.db", 1000, 0, 0);
        StoreCopy.push(file, url(db, owner));
        String storeArg = server + "/" + db + "?user=" + app;
        List<Long> onServer = new ArrayList<>();
        List<Long> inFile = new ArrayList<>();
        for (int run = -2; run < RUNS; run++) {
            long start = System.nanoTime();
            cli("--store", storeArg, "certificates", "pdf", "--out", dir.resolve("server-" + run + ".pdf").toString(),
                    "--date", "2020-02-18");
            long server = System.nanoTime() - start;
            start = System.nanoTime();
            cli("--data", file.toString(), "certificates", "pdf", "--out",
                    dir.resolve("file-" + run + ".pdf").toString(), "--date", "2020-02-18");
            if (run >= 0) {
                onServer.add(server);
                inFile.add(System.nanoTime() - start);
            }
        }
        long pages = Files.size(dir.resolve("server-0.pdf"));
        System.out.printf("certificates pdf, 1000 recipients (median of %d, after 2 warm-ups): server %.2f s, "
                + "file %.2f s, ratio %.2f× (goal ≤ 1.2×); %d bytes%n", RUNS, median(onServer) / 1e9,
                median(inFile) / 1e9, median(onServer) / median(inFile), pages);
    }

    private static void cli(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))
                .run(GlobalOptions.parse(args));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
