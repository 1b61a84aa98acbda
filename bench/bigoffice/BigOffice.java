import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.cocktail.Guest;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.DraftRequest;
import qc.trousse.posts.Network;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.PreferencesUserSettings;
import qc.trousse.ui.AppAssembly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A big office (figures, not a test). {@code make FILE}: adds 5,000 recipients, 500 guests and 300 posts to the
 * file through the real services. {@code window FILE}: opens the real window on it (AppAssembly, as the app does),
 * prints the resident memory once idle (/proc/self/status VmRSS) and, typing into the recipients' and the door's
 * search fields with the JavaFX robot (real key events through the X server), each keystroke's time on the FX
 * thread: the key's handling (the field's text, the filter, the list) plus the next pulse's CSS and layout.
 */
public final class BigOffice {
    private static final String[] FIRST = {"Marie", "Jean", "Sophie", "Luc", "Chantal", "Nathalie", "Pierre",
            "Isabelle", "Éric", "Geneviève", "Karine", "Mathieu", "Julie", "François", "Mélanie", "Olivier",
            "Annie", "Simon", "Véronique", "Kateri"};
    private static final String[] LAST = {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
            "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc",
            "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier"};
    private static Path file;

    public static void main(String[] args) throws Exception {
        file = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(file, 5000, 500, 300);
        } else {
            // A class apart: the launcher refuses a main class that extends Application without JavaFX modules.
            Application.launch(Window.class, args);
        }
    }

    static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
    }

    private static void make(Path file, int recipients, int guests, int posts) throws Exception {
        try (Session s = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            s.recipients().importAll(IntStream.range(0, recipients).mapToObj(i -> Recipient.of(RecipientKind.PERSON,
                    name(i), "Pour sa persévérance (" + i + ").", LocalDate.of(2020, 2, 18))).toList());
            s.guests().importAll(IntStream.range(0, guests).mapToObj(i -> Guest.named(name(i * 7 + 3))).toList());
            var templates = s.posts().templates();
            for (int i = 0; i < posts; i++) {
                s.posts().create(new DraftRequest(templates.get(i % templates.size()).id(),
                        Network.values()[i % Network.values().length], s.campaign().start().plusDays(i % 5),
                        LocalTime.of(9 + i % 8, 0), i % 2 == 0, Map.of()));
            }
            System.out.printf("made %s: %d recipients, %d guests, %d posts, %d KiB%n", file,
                    s.recipients().all().size(), s.guests().all().size(), s.posts().drafts().size(),
                    Files.size(file) / 1024);
        }
    }

    /** The real window on the file, measured. */
    public static final class Window extends Application {
        private final List<Double> took = new ArrayList<>();
        private volatile long typedAt;
        private volatile long handled;
        private volatile long pulseStart;
        private volatile CountDownLatch seen;
        private boolean robot = true;

        @Override
        public void start(Stage stage) {
            long t0 = System.nanoTime();
            AppAssembly.showQuickly(stage, file, PreferencesUserSettings.forUser(), Optional.of(Lang.FR),
                    Clock.systemDefaultZone(), shown -> {
                        System.out.printf("window shown %.0f ms after start()%n", (System.nanoTime() - t0) / 1e6);
                        Thread t = new Thread(() -> measure(stage), "bench");
                        t.setDaemon(true);
                        t.start();
                    });
        }

        private void measure(Stage stage) {
            try {
                Thread.sleep(5000); // the day's backup, the first frames, the JIT: idle
                System.out.printf("rss idle after open: %.1f MiB (goal ≤ 300 MiB)%n", rssKiB() / 1024.0);
                onFx(() -> {
                    Scene scene = stage.getScene();
                    scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
                    scene.addPostLayoutPulseListener(this::pulseDone);
                    stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                        typedAt = System.nanoTime();
                        // Runs once the key is handled (pressed and typed come in one native event): the text
                        // changed, the filter and the list updated.
                        Platform.runLater(() -> handled = System.nanoTime() - typedAt);
                    });
                });
                type(stage, "nav-recipients", "recipients-search", "tremblay");
                type(stage, "nav-checkin", "checkin-search", "gagnon");
                Platform.runLater(stage::close);
            } catch (Exception e) {
                e.printStackTrace();
                Platform.exit();
            }
        }

        private void pulseDone() {
            CountDownLatch latch = seen;
            if (latch != null && handled > 0) {
                took.add((handled + System.nanoTime() - pulseStart) / 1e6);
                handled = 0;
                seen = null;
                latch.countDown();
            }
        }

        /**
         * Opens the screen, then types the word and erases it, one key at a time, each waited for; twice: the
         * first time loads and compiles the code on the way, the second is what the rest of the day feels like.
         */
        private void type(Stage stage, String nav, String fieldId, String word) throws Exception {
            onFx(() -> ((ButtonBase) stage.getScene().lookup("#" + nav)).fire());
            Thread.sleep(1500);
            onFx(() -> stage.getScene().lookup("#" + fieldId).requestFocus());
            List<KeyCode> strokes = new ArrayList<>();
            word.chars().forEach(c -> strokes.add(KeyCode.getKeyCode(String.valueOf((char) Character.toUpperCase(c)))));
            word.chars().forEach(c -> strokes.add(KeyCode.BACK_SPACE));
            for (String round : List.of("first time", "again")) {
                took.clear();
                for (KeyCode key : strokes) {
                    CountDownLatch latch = new CountDownLatch(1);
                    seen = latch;
                    handled = 0;
                    if (robot) {
                        onFx(() -> new Robot().keyType(key));
                        if (!latch.await(20, TimeUnit.SECONDS)) {
                            robot = false; // the X server did not give the window the keys: fire them in it
                            System.out.println("  (the robot's keys did not reach the window; key events fired in it)");
                        }
                    }
                    if (!robot) {
                        onFx(() -> fire(stage, fieldId, key));
                        latch.await(20, TimeUnit.SECONDS);
                    }
                    Thread.sleep(50);
                }
                TextField field = (TextField) stage.getScene().lookup("#" + fieldId);
                List<Double> sorted = took.stream().sorted().toList();
                System.out.printf("filter as you type, #%s, %s (%d keys: \"%s\" then erased, %s; field now \"%s\"): "
                                + "median %.1f ms, max %.1f ms a key on the FX thread (goal ≤ 16 ms)%n", fieldId,
                        round, sorted.size(), word, robot ? "robot" : "fired", field.getText(),
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
                System.out.println("  each: " + took.stream().map(d -> String.format("%.1f", d)).toList());
            }
        }

        private static void fire(Stage stage, String fieldId, KeyCode key) {
            var field = stage.getScene().lookup("#" + fieldId);
            String ch = key == KeyCode.BACK_SPACE ? KeyEvent.CHAR_UNDEFINED : key.getChar().toLowerCase();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", key, false, false,
                    false, false));
            if (key != KeyCode.BACK_SPACE) {
                Event.fireEvent(field, new KeyEvent(stage, field, KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false,
                        false, false, false));
            }
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", key, false, false,
                    false, false));
        }

        private static void onFx(Runnable r) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    r.run();
                } finally {
                    done.countDown();
                }
            });
            done.await(10, TimeUnit.SECONDS);
        }

        private static long rssKiB() throws Exception {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        }
    }
}
