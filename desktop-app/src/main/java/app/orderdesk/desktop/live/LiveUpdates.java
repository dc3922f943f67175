package app.orderdesk.desktop.live;

import app.orderdesk.api.ApiJson;
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
 */
public final class LiveUpdates implements AutoCloseable {

    public static final String ON = Messages.text("live.on");
    public static final String PAUSED = Messages.text("live.paused");
    public static final String CONNECTING = Messages.text("live.connecting");
    /** How often a screen re-reads what it follows when pushes may be missing: slow, never the old 500 ms. */
    public static final Duration FALLBACK_POLL = Duration.ofSeconds(10);
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
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(CONNECTING);

    private WebSocket socket;
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

    /** The JDK's WebSocket client; the handshake waits at most 10 s. */
    public static Connector jdkConnector() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return (url, listener) -> {
            Future<WebSocket> opening = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(url, listener);
            return opening.get(15, TimeUnit.SECONDS);
        };
    }

    /** Calls {@code listener} on the FX thread for every update pushed from now on. */
    public void addListener(Consumer<LiveUpdate> listener) {
        listeners.add(listener);
    }

    public void start() {
        connect();
    }

    /** How often screens should re-read what they follow: pushes do the rest. */
    public Duration pollInterval() {
        return FALLBACK_POLL;
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** "Live updates on", or "Live updates paused — reconnecting" while the socket is down. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
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
            nextRetry = FIRST_RETRY;
            live.set(true);
            statusText.set(ON);
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
        socket.sendText("{\"action\":\"ping\"}", true);
        pending = executor.schedule(KEEP_ALIVE, () -> ping(current));
    }

    /** The socket closed or could not open: say so, and try again after a growing pause. */
    private void lost(long current) {
        if (closed || current != generation) {
            return;
        }
        socket = null;
        live.set(false);
        statusText.set(PAUSED);
        pending.cancel();
        Duration wait = nextRetry;
        nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
        pending = executor.schedule(wait, this::connect);
    }

    private void deliver(long current, String text) {
        if (current != generation) {
            return;
        }
        LiveUpdate update;
        try {
            update = JSON.readValue(text, LiveUpdate.class);
        } catch (Exception e) {
            return; // a message this version does not understand
        }
        List.copyOf(listeners).forEach(listener -> listener.accept(update));
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
