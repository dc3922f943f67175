package app.orderdesk.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where start-up time goes, from the process start to the first frame of the sign-in window. Printed
 * (one line on standard output) only with {@code -Dorderdesk.startupReport=true}, the
 * {@value #EXIT_WHEN_SHOWN} argument, which the start-time benchmarks use (the app then quits as soon as the
 * window is on screen), or the installer's AOT training run ({@link AotTraining}).
 */
final class StartupTrace {

    static final String EXIT_WHEN_SHOWN = "--exit-when-shown";
    static final String REPORT_PROPERTY = "orderdesk.startupReport";
    /**
     * Epoch milliseconds at which a benchmark launched the process. Without it the process start time
     * comes from the kernel, whose boot-time base has whole-second precision (a constant offset).
     */
    static final String LAUNCHED_AT_ENV = "ORDERDESK_LAUNCHED_AT_MS";

    private static final long MAIN_NANOS = System.nanoTime();
    private static final Instant MAIN_INSTANT = Instant.now();
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTrace() {}

    /** Called first thing in main: the clock of the in-process phases starts here. */
    static void begin() {
        // Loading this class sets MAIN_NANOS.
    }

    static synchronized void mark(String phase) {
        MARKS.put(phase, System.nanoTime());
    }

    static boolean exitWhenShown(java.util.List<String> args) {
        return args.contains(EXIT_WHEN_SHOWN);
    }

    static boolean reportWanted(java.util.List<String> args) {
        return exitWhenShown(args) || Boolean.getBoolean(REPORT_PROPERTY);
    }

    /** "… shown 812 ms after launch (launch-to-main 310, toolkit 250, …, first-frame 12 ms)". */
    static synchronized String report() {
        String launchedAt = System.getenv(LAUNCHED_AT_ENV);
        long jvm = launchedAt != null && launchedAt.matches("\\d+")
                ? MAIN_INSTANT.toEpochMilli() - Long.parseLong(launchedAt)
                : ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, MAIN_INSTANT).toMillis()).orElse(-1L);
        StringBuilder phases = new StringBuilder("launch-to-main " + jvm);
        long previous = MAIN_NANOS;
        for (Map.Entry<String, Long> mark : MARKS.entrySet()) {
            phases.append(", ").append(mark.getKey()).append(' ').append((mark.getValue() - previous) / 1_000_000);
            previous = mark.getValue();
        }
        long total = jvm + (previous - MAIN_NANOS) / 1_000_000;
        String since = launchedAt != null ? "launch" : "process start";
        return "orderdesk-startup: sign-in window shown " + total + " ms after " + since + " (" + phases + " ms)";
    }
}
