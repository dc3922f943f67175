package app.orderdesk.localcloud;

import java.util.LinkedHashMap;
import java.util.Map;

/** How long each start-up phase took, so a slow start can be explained rather than guessed at. */
final class StartupPhases {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Closes the phase that ran since the previous mark. */
    synchronized void mark(String phase) {
        long now = System.nanoTime();
        millis.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder();
        millis.forEach((phase, ms) -> out.append(out.isEmpty() ? "" : ", ").append(phase).append(' ').append(ms).append(" ms"));
        return out.toString();
    }
}
