package app.orderdesk.localcloud.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

import static app.orderdesk.localcloud.reliability.Reliability.JSON;
import static org.awaitility.Awaitility.await;

/** A support desk's live-updates socket following one order (ADR 0071, 0072: a payment recorded or undone is pushed). */
final class FollowingDesk implements AutoCloseable {

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    private FollowingDesk() {
    }

    /** Connects as support and returns once the server answered SUBSCRIBED: a change written from now on reaches it. */
    static FollowingDesk following(Reliability r, String orderId) throws Exception {
        FollowingDesk desk = new FollowingDesk();
        String url = r.cloud.pushUrl() + "?token=" + URLEncoder.encode(r.idToken("support"), StandardCharsets.UTF_8);
        desk.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    try {
                        desk.received.add(JSON.readTree(text.toString()));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON: " + text, e);
                    }
                    text.setLength(0);
                }
                webSocket.request(1);
                return CompletableFuture.completedFuture(null);
            }
        }).get(180, TimeUnit.SECONDS);
        ObjectNode subscribe = JSON.createObjectNode().put("action", "subscribe");
        subscribe.putArray("orders").add(orderId);
        subscribe.putArray("topics");
        desk.socket.sendText(subscribe.toString(), true).orTimeout(5, TimeUnit.SECONDS).join();
        await().atMost(Duration.ofSeconds(60)).until(() -> desk.received.stream().anyMatch(m -> "SUBSCRIBED".equals(m.path("type").asText())));
        return desk;
    }

    /** A pushed change in a line: its status and the names of the steps it carried, e.g. "PAID [ProcessPayment]". */
    static String statusAndSteps(JsonNode change) {
        List<String> names = new java.util.ArrayList<>();
        change.path("steps").forEach(step -> names.add(step.path("name").asText()));
        return change.path("status").asText() + " " + names;
    }

    List<JsonNode> changesOf(String orderId) {
        return received.stream().filter(m -> "ORDER_STATUS".equals(m.path("type").asText()) && orderId.equals(m.path("orderId").asText()))
                .toList();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "test over").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
