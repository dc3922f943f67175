package app.orderdesk.localcloud.trace;

/**
 * Where a start spends its time, finer than the banner's phases: with {@code -Dorderdesk.local.trace=true}, each named
 * point of the boot prints the JVM's uptime and the thread on stderr (docs/benchmarks-profiles.md uses it).
 */
public final class BootTrace {
    private static final boolean ON = Boolean.getBoolean("orderdesk.local.trace");
    private BootTrace() {}
    public static void at(String label) {
        if (ON) {
            System.err.println("[trace] " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms " + Thread.currentThread().getName() + " " + label);
        }
    }

    /** Marks {@code label} once {@code value} has been computed (a call's answer), and returns it. */
    public static <T> T after(String label, T value) {
        at(label);
        return value;
    }
}
