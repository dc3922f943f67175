package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The desk since ADR 0015 (LiveUpdates + OrderTrackingViewModel): one live-updates socket per desk, opened
 * with the desk's ID token; following an order first subscribes to it (ADR 0033: the server
 * pushes only what a desk subscribed to) and waits for the server's answer (at most
 * {@link #SUBSCRIBE_ANSWER_WAIT_MS}, then reads anyway, as the app does), then reads it (and its timeline) once, then a pushed status is
 * shown at once, and the order and timeline are re-read {@link #SETTLE_MS} after the last push of a burst;
 * with no push, a slow poll every {@link #FALLBACK_POLL_MS}. Once a re-read shows the order final: the
 * receipt link and the PDF, as the app loads the receipt. The next order unsubscribes the one before (the
 * app's tracking screen moving on). Subscription messages and their answers are counted ({@link #deskMessages()}):
 * API Gateway bills them as WebSocket messages like the pushes.
 */
final class PushFollower implements OrderFollower {

    /** OrderTrackingViewModel.PUSH_SETTLE. */
    static final long SETTLE_MS = 300;
    /** LiveUpdates.FALLBACK_POLL. */
    static final long FALLBACK_POLL_MS = 10_000;

    /** OrderTrackingViewModel.SUBSCRIBE_ANSWER_WAIT. */
    static final long SUBSCRIBE_ANSWER_WAIT_MS = 2_000;

    private final Map<DeskClient, Socket> sockets = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong deskMessages = new java.util.concurrent.atomic.AtomicLong();

    /** WebSocket messages of the desks' subscriptions so far: subscribe/unsubscribe sent + the server's answers received. */
    long deskMessages() {
        return deskMessages.get();
    }

    /** One pushed order status and when it arrived (epoch ms). */
    private record Pushed(String orderId, String status, long arrivedAtMillis) {}

    @Override
    public Followed follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception {
        Socket socket = socket(desk);
        if (socket.following != null) {
            socket.send("unsubscribe", socket.following); // track() of a new order: clear() moves the subscription
        }
        socket.following = orderId;
        socket.send("subscribe", orderId);
        socket.awaitAnswer("subscribe", orderId, SUBSCRIBE_ANSWER_WAIT_MS); // subscribe first, then read: nothing missed
        JsonNode order = read(desk, orderId); // track(): the first read, once subscribed
        if (isFinal(order)) {
            return finish(desk, orderId, order, System.currentTimeMillis(), false);
        }
        long pushedFinalAt = -1;
        long settleAt = 0; // 0: no re-read pending after a push
        long nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FALLBACK_POLL_MS);
        while (System.nanoTime() < deadlineNanos) {
            long wakeAt = Math.min(settleAt != 0 ? settleAt : nextPoll, deadlineNanos);
            Pushed pushed = socket.updates.poll(Math.max(0, wakeAt - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (pushed != null) {
                if (!orderId.equals(pushed.orderId())) {
                    continue; // an order this desk followed before (a late push)
                }
                if (pushedFinalAt < 0 && FINAL.contains(pushed.status())) {
                    pushedFinalAt = pushed.arrivedAtMillis(); // shown now: the view model sets the status from the push
                }
                settleAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MS);
                continue;
            }
            if (System.nanoTime() >= deadlineNanos) {
                break;
            }
            settleAt = 0;
            order = read(desk, orderId);
            if (isFinal(order)) {
                boolean byPush = pushedFinalAt >= 0;
                return finish(desk, orderId, order, byPush ? pushedFinalAt : System.currentTimeMillis(), byPush);
            }
            nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FALLBACK_POLL_MS);
        }
        return null;
    }

    private static JsonNode read(DeskClient desk, String orderId) throws Exception {
        JsonNode order = desk.follow("/orders/" + orderId);
        desk.follow("/orders/" + orderId + "/timeline");
        return order;
    }

    private static boolean isFinal(JsonNode order) {
        return order != null && FINAL.contains(order.path("status").asText());
    }

    private static Followed finish(DeskClient desk, String orderId, JsonNode order, long shownAt, boolean byPush) throws Exception {
        if (order.path("status").asText().equals("COMPLETED")) {
            JsonNode link = desk.follow("/orders/" + orderId + "/receipt");
            if (link != null) {
                desk.download(link.path("url").asText());
            }
        }
        return new Followed(order, shownAt, byPush);
    }

    /** The desk's socket, opened on its first order and again after it dropped (as LiveUpdates reconnects). */
    private Socket socket(DeskClient desk) throws Exception {
        Socket socket = sockets.get(desk);
        if (socket == null || socket.closed) {
            socket = new Socket(deskMessages);
            socket.webSocket = desk.openPush(socket);
            sockets.put(desk, socket);
        }
        return socket;
    }

    /** Runs on the HTTP client's threads: queues every order status with its arrival time. */
    private static final class Socket implements WebSocket.Listener {
        final BlockingQueue<Pushed> updates = new LinkedBlockingQueue<>();
        final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
        private final java.util.concurrent.atomic.AtomicLong messages;
        volatile String following;

        Socket(java.util.concurrent.atomic.AtomicLong messages) {
            this.messages = messages;
        }

        /** One subscription message, as LiveUpdates sends it; waits until it is handed to the socket (sends must not overlap). */
        synchronized void send(String action, String orderId) {
            String text = "{\"action\":\"" + action + "\",\"orders\":[\"" + orderId + "\"],\"topics\":[]}";
            webSocket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
            messages.incrementAndGet();
        }

        /** Waits for the server's SUBSCRIBED answer about {@code orderId} (older answers are dropped). */
        void awaitAnswer(String action, String orderId, long waitMs) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
            while (System.nanoTime() < until) {
                JsonNode answer = answers.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (answer != null && action.equals(answer.path("action").asText())
                        && answer.path("orders").toString().contains("\"" + orderId + "\"")) {
                    return;
                }
            }
        }
        private final StringBuilder text = new StringBuilder();
        volatile WebSocket webSocket;
        volatile boolean closed;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long arrived = System.currentTimeMillis();
                try {
                    JsonNode message = DeskClient.JSON.readTree(text.toString());
                    if ("ORDER_STATUS".equals(message.path("type").asText())) {
                        updates.add(new Pushed(message.path("orderId").asText(), message.path("status").asText(), arrived));
                    } else if ("SUBSCRIBED".equals(message.path("type").asText())) {
                        messages.incrementAndGet(); // the route's answer is billed as a message too
                        answers.add(message);
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
