package app.orderdesk.localcloud.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Every SDK request the functions sent, in order: which function, and what (the action, e.g.
 * {@code dynamodb:GetItem}, then the resources it named). Fed by the reporter the local cloud puts in
 * each function's class loader; tests take a mark before an order and read what came after it.
 */
public final class SdkCallLog {

    /** One request one function sent; {@code resources} are ARNs (tables, buckets, topics …). */
    public record Call(String function, String action, List<String> resources) {

        /** The service prefix of the action ({@code dynamodb}, {@code s3}, …). */
        public String service() {
            int colon = action.indexOf(':');
            return colon < 0 ? action : action.substring(0, colon);
        }
    }

    /** A one-shot action for the next call that matches; see {@link #beforeNext}. */
    private record Trigger(Predicate<Call> matches, Runnable action) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicReference<Trigger> trigger = new AtomicReference<>();

    void record(String function, String line) {
        String[] parts = line.trim().split(" ");
        List<String> resources = new ArrayList<>(List.of(parts).subList(1, parts.length));
        Call call = new Call(function, parts[0], List.copyOf(resources));
        calls.add(call);
        Trigger armed = trigger.get();
        if (armed != null && armed.matches().test(call) && trigger.compareAndSet(armed, null)) {
            armed.action().run();
        }
    }

    /**
     * Runs {@code action} once, in the function's own thread, just before the first request that
     * matches is sent (the reporter is called before transmission). Fault tests use it to freeze the
     * emulators at the moment a given function is inside a call, instead of hoping a timer lands there.
     */
    public void beforeNext(Predicate<Call> matches, Runnable action) {
        trigger.set(new Trigger(matches, action));
    }

    /** Forgets an action armed with {@link #beforeNext} that has not run. */
    public void disarm() {
        trigger.set(null);
    }

    /** A position to read from later: {@code since(mark())} is what came after this call. */
    public int mark() {
        return calls.size();
    }

    public List<Call> since(int mark) {
        return List.copyOf(calls.subList(mark, calls.size()));
    }
}
