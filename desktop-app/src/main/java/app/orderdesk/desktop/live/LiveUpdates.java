package app.orderdesk.desktop.live;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The desk's live-updates socket (the stack's WebSocket API): connected after sign-in with the session's
 * ID token, reconnected with backoff when it drops. Every update is handed to the listeners on the FX
 * thread (through the one executor). While it is down, screens fall back to slow polling
 * ({@link #pollInterval()}), and the status bar says so.
 *
 * <p>The server pushes only what the desk subscribed to (ADR 0033): screens say which
 * orders they follow ({@link #follow}) and which lists are open ({@link #showTopics}); this sends
 * subscribe/unsubscribe as they change and everything again after a reconnect. Once the server has
 * stored a subscription it answers, and the listeners get a {@link LiveSubscription#SUBSCRIBED} update
 * (per order, or one with no order for the topics): a screen reads then, so it cannot miss a change.
 */
public final class LiveUpdates implements AutoCloseable {

    // Read when shown, not once per JVM: the words follow the desk's language of the moment.
    public static String on() { return Messages.text("live.on"); }
    /** ADR 0075: says that the desk polls meanwhile, and how often (issue 11: "falls back to slow polling … and says so"). */
    public static String paused() { return Messages.text("live.paused", FALLBACK_POLL.toSeconds()); }
    public static String connecting() { return Messages.text("live.connecting"); }
    /** How often a screen re-reads what it follows when pushes may be missing: slow, never the old 500 ms. */
    public static final Duration FALLBACK_POLL = Duration.ofSeconds(10);
    /** The Dashboard's read is the heaviest a desk makes: it is polled less often while paused (ADR 0076). */
    public static final Duration DASHBOARD_FALLBACK_POLL = Duration.ofSeconds(30);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(30);
    // API Gateway closes a socket idle for 10 minutes: a ping well before that keeps it.
    static final Duration KEEP_ALIVE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = ApiJson.lenient();

    private final Connector connector;
    private final String pushUrl;
    private final Supplier<String> idToken;
    private final BackgroundExecutor executor;
    private final List<Consumer<LiveUpdate>> listeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(connecting());
    // The status's tooltip: what it means for the screens.
    private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper(Messages.text("live.connecting.detail"));

    private WebSocket socket;
    // Sends on one socket must not overlap (the JDK client refuses a send while one is pending): chained.
    private CompletionStage<WebSocket> sending;
    // Orders followed, with how many screens follow each; topics of the screen shown.
    private final java.util.Map<String, Integer> followed = new java.util.LinkedHashMap<>();
    private java.util.Set<String> topics = java.util.Set.of();
    private Duration nextRetry = FIRST_RETRY;
    private Cancellable pending = Cancellable.NONE;
    private boolean closed;
    // Each connection attempt gets a generation; events of an older socket are ignored.
    private long generation;

    /** Opens one socket to {@code url} and reports to {@code listener}; blocking, run off the FX thread. */
    @FunctionalInterface
    public interface Connector {
        WebSocket connect(URI url, WebSocket.Listener listener) throws Exception;
    }

    public LiveUpdates(String pushUrl, Supplier<String> idToken, BackgroundExecutor executor) {
        this(jdkConnector(), pushUrl, idToken, executor);
    }

    public LiveUpdates(Connector connector, String pushUrl, Supplier<String> idToken, BackgroundExecutor executor) {
        this.connector = connector;
        this.pushUrl = pushUrl;
        this.idToken = idToken;
        this.executor = executor;
    }

    /**
     * The JDK's WebSocket client; the handshake waits at most 10 s. A handshake that completes after the caller gave up
     * (sign-out cancels the connect by interrupting it, or the wait timed out) closes its socket: nobody holds it, and
     * it stayed open on the old user's token until the server dropped it (session 31).
     */
    public static Connector jdkConnector() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return (url, listener) -> {
            CompletionStage<WebSocket> opening = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(url, listener);
            Future<WebSocket> handshake = opening.toCompletableFuture();
            try {
                return handshake.get(15, TimeUnit.SECONDS);
            } catch (InterruptedException | TimeoutException gaveUp) {
                // Runs on the HTTP client's thread once the handshake ends; it touches no screen state.
                opening.thenAccept(WebSocket::abort);
                throw gaveUp;
            }
        };
    }

    // h-v: an order's changes pushed lately (bounded), so a screen that learns of an order after its first
    // pushes (the POST's answer came after them) still shows them; and the orders placed at this desk,
    // which its user's topic brings without a subscription (ADR 0037).
    static final int RECENT_ORDERS = 64;
    private static final int RECENT_PER_ORDER = 32;
    private final java.util.Map<String, List<LiveUpdate>> recent = bounded();
    private final java.util.Map<String, Boolean> placedHere = bounded();

    private static <V> java.util.Map<String, V> bounded() {
        return new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, V> eldest) {
                return size() > RECENT_ORDERS;
            }
        };
    }

    /** The changes pushed lately for {@code orderId} (whole changes only), oldest first (FX thread). */
    public List<LiveUpdate> recentChanges(String orderId) {
        return List.copyOf(recent.getOrDefault(orderId, List.of()));
    }

    /**
     * {@code orderId} was placed by this desk's user: its changes come on the user's topic, which the
     * connection joins at connect, so following it needs no subscription.
     */
    public void placedHere(String orderId) {
        if (orderId != null) {
            placedHere.put(orderId, Boolean.TRUE);
        }
    }

    /** True when {@code orderId}'s changes reach this desk without subscribing to it (placed here). */
    public boolean comesWithoutSubscribing(String orderId) {
        return orderId != null && placedHere.containsKey(orderId);
    }

    private void remember(LiveUpdate update) {
        if (update.carriesChange()) {
            List<LiveUpdate> changes = recent.computeIfAbsent(update.orderId(), id -> new ArrayList<>());
            if (changes.size() < RECENT_PER_ORDER) {
                changes.add(update);
            }
        }
    }

    /** Calls {@code listener} on the FX thread for every update pushed from now on. */
    public void addListener(Consumer<LiveUpdate> listener) {
        listeners.add(listener);
    }

    public void start() {
        connect();
    }

    /** True while the socket is open (a subscription sent now is answered). */
    public boolean isLive() {
        return live.get();
    }

    /** A screen follows {@code orderId}: subscribed when the first one does (FX thread). */
    public void follow(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return;
        }
        if (followed.merge(orderId, 1, Integer::sum) == 1) {
            send(LiveSubscription.subscribe(List.of(orderId), List.of()));
        }
    }

    /** A screen stops following {@code orderId}: unsubscribed when the last one does. */
    public void unfollow(String orderId) {
        Integer count = orderId == null ? null : followed.get(orderId);
        if (count == null) {
            return;
        }
        if (count > 1) {
            followed.put(orderId, count - 1);
            return;
        }
        followed.remove(orderId);
        send(LiveSubscription.unsubscribe(List.of(orderId), List.of()));
    }

    /** The topics the screen shown needs ({@code orders}, {@code stock}; empty for none). */
    public void showTopics(java.util.Set<String> wanted) {
        java.util.Set<String> next = java.util.Set.copyOf(wanted);
        List<String> added = next.stream().filter(t -> !topics.contains(t)).sorted().toList();
        List<String> removed = topics.stream().filter(t -> !next.contains(t)).sorted().toList();
        topics = next;
        if (!removed.isEmpty()) {
            send(LiveSubscription.unsubscribe(List.of(), removed));
        }
        if (!added.isEmpty()) {
            send(LiveSubscription.subscribe(List.of(), added));
        }
    }

    /** Orders followed and topics shown now (for tests and the status of a reconnect). */
    public java.util.Set<String> followedOrders() {
        return java.util.Set.copyOf(followed.keySet());
    }

    /** After a (re)connect the new connection has no subscriptions: send all of them again. */
    private void resubscribe() {
        List<String> orders = List.copyOf(followed.keySet());
        for (int from = 0; from < orders.size(); from += LiveSubscription.MAX_ORDERS) {
            send(LiveSubscription.subscribe(orders.subList(from, Math.min(orders.size(), from + LiveSubscription.MAX_ORDERS)), List.of()));
        }
        if (!topics.isEmpty()) {
            send(LiveSubscription.subscribe(List.of(), topics.stream().sorted().toList()));
        }
    }

    /** Sends when connected; while down, nothing: {@link #resubscribe()} sends the whole set on reconnect. */
    private void send(LiveSubscription message) {
        if (socket == null) {
            return;
        }
        String text;
        try {
            text = JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException("a subscription must serialise", e);
        }
        sendText(text);
    }

    private void sendText(String text) {
        WebSocket current = socket;
        sending = sending == null ? current.sendText(text, true)
                : sending.exceptionally(failed -> current).thenCompose(previous -> current.sendText(text, true));
    }

    /** How often screens should re-read what they follow: pushes do the rest. */
    public Duration pollInterval() {
        return FALLBACK_POLL;
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** "Live updates on", or "Live updates paused — refreshing every 10 s" while the socket is down. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the status means for the screens (the status bar's tooltip). */
    public ReadOnlyStringProperty statusDetailProperty() {
        return statusDetail.getReadOnlyProperty();
    }

    private void connect() {
        if (closed) {
            return;
        }
        long current = ++generation;
        pending = executor.submit(() -> connector.connect(url(), new Listener(current)), opened -> {
            if (closed || current != generation) {
                opened.abort();
                return;
            }
            socket = opened;
            sending = null;
            nextRetry = FIRST_RETRY;
            live.set(true);
            statusText.set(on());
            statusDetail.set(Messages.text("live.on.detail"));
            resubscribe();
            pending = executor.schedule(KEEP_ALIVE, () -> ping(current));
        }, failure -> lost(current));
    }

    private URI url() {
        return URI.create(pushUrl + (pushUrl.contains("?") ? "&" : "?") + "token="
                + URLEncoder.encode(idToken.get(), StandardCharsets.UTF_8));
    }

    private void ping(long current) {
        if (closed || current != generation || socket == null) {
            return;
        }
        sendText("{\"action\":\"ping\"}");
        pending = executor.schedule(KEEP_ALIVE, () -> ping(current));
    }

    /** The socket closed or could not open: say so, and try again after a growing pause. */
    private void lost(long current) {
        if (closed || current != generation) {
            return;
        }
        socket = null;
        sending = null;
        live.set(false);
        statusText.set(paused());
        statusDetail.set(Messages.text("live.paused.detail", FALLBACK_POLL.toSeconds(), DASHBOARD_FALLBACK_POLL.toSeconds()));
        pending.cancel();
        Duration wait = nextRetry;
        nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
        pending = executor.schedule(wait, this::connect);
    }

    private void deliver(long current, String text) {
        if (current != generation) {
            return;
        }
        List<LiveUpdate> updates;
        try {
            updates = read(text);
        } catch (Exception e) {
            return; // a message this version does not understand
        }
        for (LiveUpdate update : updates) {
            remember(update);
            List.copyOf(listeners).forEach(listener -> listener.accept(update));
        }
    }

    /** A pushed change, or the server's answer to a subscribe: one SUBSCRIBED update per order (and one for topics). */
    private static List<LiveUpdate> read(String text) throws Exception {
        com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(text);
        if (!LiveSubscription.SUBSCRIBED.equals(node.path("type").asText())) {
            return node.has("type") ? List.of(JSON.treeToValue(node, LiveUpdate.class)) : List.of();
        }
        LiveSubscription answer = JSON.treeToValue(node, LiveSubscription.class);
        if (!LiveSubscription.SUBSCRIBE.equals(answer.action())) {
            return List.of();
        }
        List<LiveUpdate> updates = new ArrayList<>();
        answer.orders().forEach(id -> updates.add(new LiveUpdate(LiveSubscription.SUBSCRIBED, id, null, null, null)));
        if (!answer.topics().isEmpty()) {
            updates.add(new LiveUpdate(LiveSubscription.SUBSCRIBED, null, null, null, null));
        }
        return updates;
    }

    @Override
    public void close() {
        closed = true;
        generation++;
        pending.cancel();
        live.set(false);
        if (socket != null) {
            socket.abort();
            socket = null;
        }
    }

    /** Runs on the HTTP client's threads: everything it learns goes to the FX thread through the executor. */
    private final class Listener implements WebSocket.Listener {
        private final long current;
        private final StringBuilder text = new StringBuilder();

        Listener(long current) {
            this.current = current;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                executor.schedule(Duration.ZERO, () -> deliver(current, message));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            executor.schedule(Duration.ZERO, () -> lost(current));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            executor.schedule(Duration.ZERO, () -> lost(current));
        }
    }
}
