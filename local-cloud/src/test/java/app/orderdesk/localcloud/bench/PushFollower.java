package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The desk since ADR 0037 (LiveUpdates + OrderTrackingViewModel): one live-updates socket per desk, opened
 * with the desk's ID token before its first order ({@link #connect}: the app connects at sign-in), which
 * joins the desk user's topic at {@code $connect}. An order the desk placed is followed without a
 * subscription and without a read: each push carries the status, the steps written and whether the
 * receipt exists, and is shown as it arrives (pushes that came before the POST's answer too). A final
 * push ends it; a completed order's PDF is fetched, as the app loads the receipt: from the presigned URL the
 * COMPLETED push carries while it has not expired (ADR 0053: no REST request, counted in
 * {@code receiptsFromPush}), else — no URL, expired, or the download refused — the receipt link, then the PDF. Only if
 * no push comes for {@link #FALLBACK_POLL_MS} does the desk read the order and its timeline (the slow
 * poll, the safety net). Subscription messages and their answers are counted ({@link #deskMessages()}):
 * for a desk's own orders there are none now.
 */
final class PushFollower implements OrderFollower {

    /** LiveUpdates.FALLBACK_POLL. */
    static final long FALLBACK_POLL_MS = 10_000;

    private final Map<DeskClient, Socket> sockets = new ConcurrentHashMap<>();
    private final AtomicLong deskMessages = new AtomicLong();

    /** WebSocket messages of the desks' subscriptions so far: subscribe/unsubscribe sent + the server's answers received. */
    long deskMessages() {
        return deskMessages.get();
    }

    /** One pushed order change and when it arrived (epoch ms). */
    private record Pushed(String status, String updatedAt, boolean receiptAvailable, long arrivedAtMillis,
                          String receiptUrl, java.time.Instant receiptUrlExpiresAt) {}

    /** The app connects at sign-in, before its first order: the desk's socket is open before it places one. */
    @Override
    public void connect(DeskClient desk) throws Exception {
        socket(desk);
    }

    @Override
    public Followed follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception {
        Socket socket = socket(desk);
        BlockingQueue<Pushed> pushes = socket.pushesOf(orderId); // those already come are replayed, as track() does
        try {
            long nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FALLBACK_POLL_MS);
            while (System.nanoTime() < deadlineNanos) {
                long wakeAt = Math.min(nextPoll, deadlineNanos);
                Pushed pushed = pushes.poll(Math.max(0, wakeAt - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (pushed != null) {
                    if (FINAL.contains(pushed.status())) {
                        ObjectNode shown = DeskClient.JSON.createObjectNode().put("status", pushed.status()).put("updatedAt", pushed.updatedAt());
                        return finish(desk, orderId, shown, pushed.arrivedAtMillis(), true, pushed);
                    }
                    nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FALLBACK_POLL_MS); // the app puts the safety net off
                    continue;
                }
                if (System.nanoTime() >= deadlineNanos) {
                    break;
                }
                JsonNode order = read(desk, orderId); // no push for 10 s: the slow poll
                if (isFinal(order)) {
                    return finish(desk, orderId, order, System.currentTimeMillis(), false, null);
                }
                nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FALLBACK_POLL_MS);
            }
            return null;
        } finally {
            socket.forget(orderId);
        }
    }

    private static JsonNode read(DeskClient desk, String orderId) throws Exception {
        JsonNode order = desk.follow("/orders/" + orderId);
        desk.follow("/orders/" + orderId + "/timeline");
        return order;
    }

    private static boolean isFinal(JsonNode order) {
        return order != null && FINAL.contains(order.path("status").asText());
    }

    /** OrderTrackingViewModel.RECEIPT_URL_MARGIN: a URL this close to its expiry is not tried. */
    private static final java.time.Duration RECEIPT_URL_MARGIN = java.time.Duration.ofSeconds(5);

    private static Followed finish(DeskClient desk, String orderId, JsonNode order, long shownAt, boolean byPush, Pushed pushed)
            throws Exception {
        if (order.path("status").asText().equals("COMPLETED")) {
            if (pushed != null && pushed.receiptUrl() != null && pushed.receiptUrlExpiresAt() != null
                    && java.time.Instant.now().plus(RECEIPT_URL_MARGIN).isBefore(pushed.receiptUrlExpiresAt())) {
                if (desk.downloadIfOk(pushed.receiptUrl()) != null) {
                    desk.counters().receiptsFromPush.incrementAndGet();
                    return new Followed(order, shownAt, byPush);
                }
                desk.counters().pushedUrlFallbacks.incrementAndGet();
            }
            JsonNode link = desk.follow("/orders/" + orderId + "/receipt");
            if (link != null) {
                desk.download(link.path("url").asText());
            }
        }
        return new Followed(order, shownAt, byPush);
    }

    /** The desk's socket, opened before its first order and again after it dropped (as LiveUpdates reconnects). */
    private Socket socket(DeskClient desk) throws Exception {
        Socket socket = sockets.get(desk);
        if (socket == null || socket.closed) {
            socket = new Socket(deskMessages);
            socket.webSocket = open(desk, socket);
            sockets.put(desk, socket);
        }
        return socket;
    }

    /** As LiveUpdates: a failed open is tried again after 1, 2, 4… s (a cold $connect can outlast one handshake). */
    private static WebSocket open(DeskClient desk, Socket socket) throws Exception {
        long pause = 1_000;
        for (int attempt = 1; ; attempt++) {
            try {
                return desk.openPush(socket);
            } catch (Exception failed) {
                if (attempt == 5) {
                    throw failed;
                }
                Thread.sleep(pause);
                pause *= 2;
            }
        }
    }

    /** Runs on the HTTP client's threads: queues every order change by order, with its arrival time. */
    private static final class Socket implements WebSocket.Listener {
        // The orders of the desk's user (its topic) as they come, kept until followed (LiveUpdates' recent changes).
        private final Map<String, BlockingQueue<Pushed>> byOrder = new ConcurrentHashMap<>();
        private final AtomicLong messages;
        private final StringBuilder text = new StringBuilder();
        volatile WebSocket webSocket;
        volatile boolean closed;

        Socket(AtomicLong messages) {
            this.messages = messages;
        }

        BlockingQueue<Pushed> pushesOf(String orderId) {
            return byOrder.computeIfAbsent(orderId, id -> new LinkedBlockingQueue<>());
        }

        void forget(String orderId) {
            byOrder.remove(orderId);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long arrived = System.currentTimeMillis();
                try {
                    JsonNode message = DeskClient.JSON.readTree(text.toString());
                    if ("ORDER_STATUS".equals(message.path("type").asText())) {
                        JsonNode url = message.path("receiptUrl");
                        JsonNode expires = message.path("receiptUrlExpiresAt");
                        pushesOf(message.path("orderId").asText()).add(new Pushed(message.path("status").asText(),
                                message.path("updatedAt").asText(message.path("at").asText()),
                                message.path("receiptAvailable").asBoolean(false), arrived,
                                url.isTextual() ? url.asText() : null,
                                expires.isTextual() ? java.time.Instant.parse(expires.asText()) : null));
                    } else if ("SUBSCRIBED".equals(message.path("type").asText())) {
                        messages.incrementAndGet(); // the route's answer is billed as a message too
                    }
                } catch (Exception ignored) {
                    // a message this bench does not understand, as the app ignores it
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed = true;
        }
    }
}
