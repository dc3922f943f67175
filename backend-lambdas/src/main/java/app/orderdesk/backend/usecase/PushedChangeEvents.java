package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.OrderChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The function that writes a change posts it to the desks subscribed to it, itself (ADR 0052): it reads the
 * subscribers of the change's topics with one consistent {@code BatchGetItem} and posts to their WebSocket
 * connections. No queue and no notifier function in between — the SQS requests, the notifier's invocations and
 * the queue's hop were most of what a push cost (docs/cost.md).
 *
 * <p>A workflow step's changes still leave together ({@link #together}): the stock a step moved waits for the
 * step's order change and both go out after one read of the subscribers. An order's change leaves the moment it
 * is announced (status → desk is the push's target), taking along what was held before it; whatever is still
 * held when the step ends goes then, also when it throws: what was written is announced.
 *
 * <p>A failed push is logged and swallowed: the change is already written, failing the step would only repeat
 * it, and a desk that misses a push still reads the change (the re-read after a burst, the slow poll).
 */
public final class PushedChangeEvents implements ChangeEvents {

    /** The changes announced on this thread inside {@link #together}, in order (null outside it). */
    private static final ThreadLocal<List<Held>> HELD = new ThreadLocal<>();

    private record Held(PushedChangeEvents sender, PushChanges.Change change) {}

    private final Supplier<PushChanges> push;
    private final BiConsumer<List<PushChanges.Change>, Throwable> failed;

    /**
     * {@code push} is asked for at the first change, so a function that never announces one needs neither the
     * push tables' names nor the WebSocket API's URL; {@code failed} is told of a push that failed (to log it).
     */
    public PushedChangeEvents(Supplier<PushChanges> push, BiConsumer<List<PushChanges.Change>, Throwable> failed) {
        this.push = push;
        this.failed = failed;
    }

    @Override
    public void orderStatusChanged(String orderId, OrderStatus status, Instant at) {
        announce(new PushChanges.OrderStatusChange(orderId, status, at));
    }

    /** The whole change (status, reason, steps written, receipt, placer): desks show it without a read. */
    @Override
    public void orderChanged(OrderChange change) {
        announce(PushChanges.OrderStatusChange.of(change));
    }

    @Override
    public void stockChanged(String productId, Instant at) {
        announce(new PushChanges.StockChange(productId, at));
    }

    @Override
    public void settingsChanged(Instant at) {
        announce(new PushChanges.SettingsChange(at));
    }

    /**
     * Runs {@code work} (one invocation's use case) holding back the changes it announces on this thread, and
     * pushes them as described above. Nested calls push with the outermost; announcements outside any call
     * (another thread, an API handler) are pushed at once.
     */
    public static <T> T together(Supplier<T> work) {
        if (HELD.get() != null) {
            return work.get();
        }
        List<Held> held = new ArrayList<>();
        HELD.set(held);
        try {
            return work.get();
        } finally {
            HELD.remove();
            pushHeld(held);
        }
    }

    private void announce(PushChanges.Change change) {
        List<Held> held = HELD.get();
        if (held == null) {
            pushNow(List.of(change));
            return;
        }
        held.add(new Held(this, change));
        if (change instanceof PushChanges.OrderStatusChange) {
            List<Held> now = new ArrayList<>(held);
            held.clear();
            pushHeld(now);
        }
    }

    /** A function's repositories each hold an adapter of their own; all push the same way, so the first one pushes. */
    private static void pushHeld(List<Held> held) {
        if (!held.isEmpty()) {
            held.get(0).sender().pushNow(held.stream().map(Held::change).toList());
        }
    }

    private void pushNow(List<PushChanges.Change> changes) {
        try {
            push.get().execute(changes);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a client whose static set-up failed (a missing variable) must not fail the step either
            failed.accept(changes, e);
        }
    }
}
