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
 * with the desk's ID token; following an order reads it (and its timeline) once, then a pushed status is
 * shown at once, and the order and timeline are re-read {@link #SETTLE_MS} after the last push of a burst;
 * with no push, a slow poll every {@link #FALLBACK_POLL_MS}. Once a re-read shows the order final: the
 * receipt link and the PDF, as the app loads the receipt.
 */
final class PushFollower implements OrderFollower {

    /** OrderTrackingViewModel.PUSH_SETTLE. */
    static final long SETTLE_MS = 300;
    /** LiveUpdates.FALLBACK_POLL. */
    static final long FALLBACK_POLL_MS = 10_000;

    private final Map<DeskClient, Socket> sockets = new ConcurrentHashMap<>();

    /** One pushed order status and when it arrived (epoch ms). */
    private record Pushed(String orderId, String status, long arrivedAtMillis) {}

    @Override
    public Followed follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception {
        Socket socket = socket(desk);
        JsonNode order = read(desk, orderId); // track(): the first read, at once
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
                    continue; // another desk's order (every desk of the store hears every status)
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
            socket = new Socket();
            socket.webSocket = desk.openPush(socket);
            sockets.put(desk, socket);
        }
        return socket;
    }

    /** Runs on the HTTP client's threads: queues every order status with its arrival time. */
    private static final class Socket implements WebSocket.Listener {
        final BlockingQueue<Pushed> updates = new LinkedBlockingQueue<>();
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
