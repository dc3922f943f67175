package app.orderdesk.desktop.outbox;

import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.ui.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox service: orders placed while the API was unreachable, stored durably and sent in the
 * background through the one executor, one at a time, with their own idempotency key, until the API
 * accepts them (the entry goes away) or refuses them for good (the entry is marked failed with the
 * server's message). The app starts it after sign-in and disposes it on sign-out, so queued orders
 * go out whether or not anyone opens the Outbox screen; {@link OutboxViewModel} only shows the queue.
 * Used on the FX thread (its state is read by the screen).
 */
public final class OutboxSender implements app.orderdesk.desktop.order.OrderOutbox {

    public static String queuedMessage() {
        return Messages.text("order.queued");
    }

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final IntegerBinding queuedCount = Bindings.createIntegerBinding(
            () -> (int) entries.stream().filter(e -> e.status() == OutboxEntry.Status.QUEUED).count(), entries);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // The idempotency key of the order on its way to the server, null between sends; sending follows it.
    private final ReadOnlyStringWrapper inFlight = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);

    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final OutboxStore store;
    private final Clock clock;
    private BiConsumer<OutboxEntry, PlaceOrderResponse> onSent = (entry, response) -> { };
    private Consumer<String> onProblem = text -> { };
    private Duration nextDelay = FIRST_RETRY;
    private Cancellable timer = Cancellable.NONE;
    private boolean timerPending;
    private boolean disposed;
    private final javafx.beans.property.ReadOnlyBooleanWrapper held = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public OutboxSender(ApiClient api, BackgroundExecutor executor, OutboxStore store, Clock clock) {
        this.api = api;
        this.executor = executor;
        this.store = store;
        this.clock = clock;
        sending.bind(inFlight.isNotNull());
    }

    /**
     * Lists the outbox without sending it: for a person who may not place orders (support). Their sends were refused
     * (403), which marked the queued orders of the staff who took them as refused for good (session 31).
     */
    public void holdForOrderTakers() {
        held.set(true);
    }

    /** True for a session that lists the outbox without sending it (its screen then offers no send, retry or discard). */
    public ReadOnlyBooleanProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    /** Loads what an earlier run left behind and starts sending it (only lists it when {@link #holdForOrderTakers held}). */
    public void start() {
        executor.submit(store::loadAll, loaded -> {
            for (OutboxEntry entry : loaded) {
                if (indexOf(entry.idempotencyKey()) < 0) {
                    entries.add(entry);
                }
            }
            if (held.get() && !loaded.isEmpty()) {
                message.set(Messages.text("outbox.heldForOrderTakers", loaded.size()));
            } else if (!loaded.isEmpty()) {
                message.set(Messages.text("outbox.fromEarlier", loaded.size()));
            }
            pump();
        }, failure -> problem(Messages.text("outbox.readFailed", ErrorMessages.describe(failure))));
    }

    /**
     * Stores an order that could not be sent; a key already in the outbox is not stored twice.
     *
     * @param whenStored runs on the FX thread once the entry is on disk
     * @param whenNotStored runs on the FX thread with the reason when it could not be written
     */
    @Override
    public void enqueue(PlaceOrderRequest request, String idempotencyKey, Runnable whenStored,
                        java.util.function.Consumer<String> whenNotStored) {
        if (indexOf(idempotencyKey) >= 0) {
            whenStored.run();
            return;
        }
        OutboxEntry entry = OutboxEntry.queued(idempotencyKey, request, clock.instant());
        executor.submit(() -> {
            store.save(entry);
            return entry;
        }, saved -> {
            if (indexOf(saved.idempotencyKey()) < 0) {
                entries.add(saved);
            }
            message.set(queuedMessage());
            whenStored.run();
            scheduleRetry();
        }, failure -> {
            problem(Messages.text("outbox.storeFailed", ErrorMessages.describe(failure)));
            whenNotStored.accept(ErrorMessages.describe(failure));
        });
    }

    /** As {@link #enqueue(PlaceOrderRequest, String, Runnable, java.util.function.Consumer)}, a failure only reported. */
    public void enqueue(PlaceOrderRequest request, String idempotencyKey, Runnable whenStored) {
        enqueue(request, idempotencyKey, whenStored, why -> { });
    }

    /**
     * Stores an order on the caller's thread, at once: for a send still unanswered when the session ends (sign-out,
     * quit), when there is no time for the background. A key already in the outbox is not stored twice; a failure to
     * write is reported, not thrown (the window is closing).
     */
    public void keepNow(PlaceOrderRequest request, String idempotencyKey) {
        if (indexOf(idempotencyKey) >= 0) {
            return;
        }
        OutboxEntry entry = OutboxEntry.queued(idempotencyKey, request, clock.instant());
        try {
            store.save(entry);
            entries.add(entry);
        } catch (RuntimeException failure) {
            problem(Messages.text("outbox.storeFailed", ErrorMessages.describe(failure)));
        }
    }

    /**
     * Sends at once whenever {@code online} turns true — another call of the desk got through (the product search
     * while the next order is typed, a screen's refresh) — instead of waiting out the backoff, which reaches 30 s.
     */
    public void retryWhenBackOnline(ObservableBooleanValue online) {
        online.addListener((obs, was, now) -> {
            if (now && !was && !entries.isEmpty()) {
                retryNow();
            }
        });
    }

    /** Sends now instead of waiting for the next try (e.g. after the connection is back). */
    public void retryNow() {
        nextDelay = FIRST_RETRY;
        timer.cancel();
        timerPending = false;
        pump();
    }

    /** Puts a failed entry back in the queue, after people fixed what the server refused. */
    public void requeue(OutboxEntry entry) {
        int index = indexOf(entry.idempotencyKey());
        if (index < 0) {
            return;
        }
        OutboxEntry queued = new OutboxEntry(entry.idempotencyKey(), entry.request(), entry.orderedAt(),
                entry.attempts(), OutboxEntry.Status.QUEUED, null);
        entries.set(index, queued);
        persist(queued);
        retryNow();
    }

    /** Forgets an entry for good (a failed order people decided not to send). */
    public void discard(OutboxEntry entry) {
        int index = indexOf(entry.idempotencyKey());
        if (index >= 0) {
            entries.remove(index);
        }
        deleteStored(entry, "outbox.removeFailed");
    }

    /** Removes the entry's file in the background; a failure is reported, not thrown. */
    private void deleteStored(OutboxEntry entry, String problemKey) {
        executor.submit(() -> {
            store.delete(entry.idempotencyKey());
            return entry;
        }, done -> { }, failure -> problem(Messages.text(problemKey, ErrorMessages.describe(failure))));
    }

    /** Stops sending (sign-out); what is stored stays for the next session. */
    public void dispose() {
        disposed = true;
        timer.cancel();
        timerPending = false;
    }

    private void scheduleRetry() {
        if (timerPending || disposed) {
            return;
        }
        timerPending = true;
        Duration delay = nextDelay;
        nextDelay = nextDelay.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextDelay.multipliedBy(2);
        timer = executor.schedule(delay, () -> {
            timerPending = false;
            pump();
        });
    }

    private void pump() {
        if (disposed || held.get() || sending.get()) {
            return;
        }
        OutboxEntry next = entries.stream().filter(e -> e.status() == OutboxEntry.Status.QUEUED).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        inFlight.set(next.idempotencyKey());
        // Walked with the cloud frozen (session 20): for the 30 s a send waited, Send now was off and nothing said why.
        message.set(Messages.text("outbox.sending", next.customerEmail()));
        executor.submit(() -> api.placeOrder(next.request(), next.idempotencyKey()),
                response -> sent(next, response),
                failure -> notSent(next, failure));
    }

    private void sent(OutboxEntry entry, PlaceOrderResponse response) {
        inFlight.set(null);
        nextDelay = FIRST_RETRY;
        int index = indexOf(entry.idempotencyKey());
        if (index >= 0) {
            entries.remove(index);
        }
        deleteStored(entry, "outbox.sentStillStored");
        message.set(Messages.text("outbox.sent", response.orderNumber(), entry.customerEmail()));
        onSent.accept(entry, response);
        pump();
    }

    private void notSent(OutboxEntry entry, Throwable failure) {
        inFlight.set(null);
        int index = indexOf(entry.idempotencyKey());
        if (index < 0) {
            return;
        }
        if (refusedForGood(failure)) {
            OutboxEntry failed = entry.failed(ErrorMessages.describe(failure));
            entries.set(index, failed);
            persist(failed);
            problem(Messages.text("outbox.refusedFor", entry.customerEmail(), failed.failure()));
            pump();
            return;
        }
        OutboxEntry attempted = entry.attempted();
        entries.set(index, attempted);
        message.set(Messages.text("outbox.queuedBecause", queuedMessage(), ErrorMessages.describe(failure)));
        scheduleRetry();
    }

    /**
     * A 4xx other than 401/408/429 will not get better by sending the same order again. A 401 is the sign-in's, not
     * the order's (a token the server no longer takes, e.g. a PC clock minutes slow): the next try sends a renewed one.
     */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof ApiException api && api.status() >= 400 && api.status() < 500
                && api.status() != 401 && api.status() != 408 && api.status() != 429;
    }

    private void persist(OutboxEntry entry) {
        executor.submit(() -> {
            store.save(entry);
            return entry;
        }, done -> { }, failure -> problem(Messages.text("outbox.updateFailed", ErrorMessages.describe(failure))));
    }

    private void problem(String text) {
        message.set(text);
        onProblem.accept(text);
    }

    private int indexOf(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).idempotencyKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public void setOnSent(BiConsumer<OutboxEntry, PlaceOrderResponse> onSent) {
        this.onSent = onSent;
    }

    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    public ObservableList<OutboxEntry> entries() {
        return entries;
    }

    public IntegerBinding queuedCountBinding() {
        return queuedCount;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** The idempotency key of the queued order being sent now; null while none is. */
    public ReadOnlyStringProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }
}
