package app.orderdesk.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A desk's live-updates socket in a test: connects with an ID token and records every message with when it arrived. */
final class PushDesk implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One pushed message and the wall-clock time it arrived (epoch ms, the same clock the functions stamp {@code at} with). */
    record Received(JsonNode message, long receivedAtMillis) {}

    final List<Received> received;
    private final WebSocket socket;

    private PushDesk(WebSocket socket, List<Received> received) {
        this.socket = socket;
        this.received = received;
    }

    /** Connects, or throws the handshake's failure (a refused token fails the upgrade). */
    static PushDesk connect(String pushUrl, String token) throws Exception {
        String url = token == null ? pushUrl : pushUrl + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        List<Received> received = new CopyOnWriteArrayList<>();
        WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    long at = System.currentTimeMillis();
                    try {
                        received.add(new Received(JSON.readTree(text.toString()), at));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON: " + text, e);
                    }
                    text.setLength(0);
                }
                webSocket.request(1);
                return CompletableFuture.completedFuture(null);
            }
        }).get(180, TimeUnit.SECONDS); // a cold local cloud still preloads every function: slow on a busy machine
        return new PushDesk(socket, received);
    }

    /** Messages of one type about one order ({@code orderId}) or product ({@code productId}), in arrival order. */
    List<JsonNode> about(String type, String field, String id) {
        return received.stream().map(Received::message)
                .filter(m -> type.equals(m.path("type").asText()) && id.equals(m.path(field).asText()))
                .toList();
    }

    /**
     * Says what this desk shows, as the app does, and returns once the server answered SUBSCRIBED (the
     * subscription is stored: a read made now cannot miss a later change).
     */
    void subscribe(List<String> orders, List<String> topics) {
        send("subscribe", orders, topics);
    }

    void unsubscribe(List<String> orders, List<String> topics) {
        send("unsubscribe", orders, topics);
    }

    private void send(String action, List<String> orders, List<String> topics) {
        com.fasterxml.jackson.databind.node.ObjectNode message = JSON.createObjectNode().put("action", action);
        orders.forEach(message.putArray("orders")::add);
        topics.forEach(message.putArray("topics")::add);
        int before = answers().size();
        sendText(message.toString());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> answers().stream().skip(before)
                .anyMatch(a -> a.path("action").asText().equals(action) && a.path("orders").equals(message.path("orders").isMissingNode()
                        ? JSON.createArrayNode() : message.path("orders"))));
    }

    void sendText(String text) {
        socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** What the $default route answered (SUBSCRIBED, or an error), in arrival order. */
    List<JsonNode> answers() {
        return received.stream().map(Received::message)
                .filter(m -> "SUBSCRIBED".equals(m.path("type").asText()) || m.has("code")).toList();
    }

    /** Every change pushed about the order, in arrival order (h-v: each carries its status and the steps it wrote). */
    List<JsonNode> changesOf(String orderId) {
        return about("ORDER_STATUS", "orderId", orderId);
    }

    /**
     * The statuses pushed about the order, in arrival order, each once in a row: a change that only adds a
     * step (a hold, a resume) repeats the status it left unchanged.
     */
    List<String> statusesOf(String orderId) {
        List<String> statuses = new java.util.ArrayList<>();
        for (JsonNode change : changesOf(orderId)) {
            String status = change.path("status").asText();
            if (statuses.isEmpty() || !statuses.getLast().equals(status)) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "test over").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
