package app.orderdesk.localcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Measures, not asserts: status written in the backend ({@code at}, stamped by the task just before its
 * write) → the desk's socket has the message, for every status of N orders placed one after another.
 * Run alone: {@code ./mvnw -pl local-cloud -am verify -Dtest=LiveUpdateLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dorders=N}, default 20). Not part of the suite (the name does not end in Test).
 */
class LiveUpdateLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void statusWrittenToDeskShowsIt() throws Exception {
        LocalCloud cloud = LocalCloud.shared();
        LocalCloudTestClients clients = new LocalCloudTestClients(cloud);
        String token = clients.idToken(cloud, cloud.demoUser("staff"));
        int orders = Integer.getInteger("orders", 20);
        try (PushDesk desk = PushDesk.connect(cloud.pushUrl(), token)) {
            List<Long> latencies = new ArrayList<>();
            for (int n = 0; n < orders + 2; n++) {
                ObjectNode body = JSON.createObjectNode();
                body.putArray("lines").addObject().put("productId", "p-1004").put("quantity", 1);
                body.putObject("customer").put("email", "bench-" + n + "@example.test").put("name", "Bench").put("phone", "+15555550100");
                body.put("paymentToken", "tok_visa");
                HttpResponse<String> placed = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/place-order"))
                        .header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                String orderId = JSON.readTree(placed.body()).path("orderId").asText();
                await().atMost(Duration.ofSeconds(60)).until(() -> desk.statusesOf(orderId).contains("COMPLETED"));
                if (n < 2) {
                    continue; // warm-up orders
                }
                for (PushDesk.Received r : desk.received) {
                    JsonNode m = r.message();
                    if ("ORDER_STATUS".equals(m.path("type").asText()) && orderId.equals(m.path("orderId").asText())) {
                        latencies.add(r.receivedAtMillis() - Instant.parse(m.path("at").asText()).toEpochMilli());
                    }
                }
            }
            latencies.sort(null);
            System.out.printf("live updates: status written -> desk has it, %d statuses of %d orders: p50 %d ms, p95 %d ms, max %d ms "
                            + "(one JVM runs cloud, functions and desk; 2 shared cores; contended figures)%n",
                    latencies.size(), orders, latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
                    latencies.getLast());
        }
    }
}
