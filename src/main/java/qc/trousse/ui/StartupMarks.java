package qc.trousse.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Milliseconds from JVM start to each step of a start-up, kept only with {@code -Dtrousse.startupMarks=true} and
 * printed by {@code --smoke} after "loaded": where the time to the file on screen goes, without a profiler.
 */
public final class StartupMarks {
    private static final boolean ON = Boolean.getBoolean("trousse.startupMarks");
    private static final List<String> MARKS = new ArrayList<>();

    private StartupMarks() {
    }

    /** Notes this step, with the thread it ran on; nothing when the property is not set. */
    public static void mark(String step) {
        if (ON) {
            String line = "mark " + sinceJvmStart() + " " + step + " [" + Thread.currentThread().getName() + "]";
            synchronized (MARKS) {
                MARKS.add(line);
            }
        }
    }

    /** The steps noted so far, in order. */
    static List<String> taken() {
        synchronized (MARKS) {
            return List.copyOf(MARKS);
        }
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
