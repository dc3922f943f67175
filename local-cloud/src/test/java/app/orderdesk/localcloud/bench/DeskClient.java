package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One desk's HTTP conversation with the API, the calls the desktop app makes (its own HTTP client,
 * the ID token on every request), counting every request and every 429 the API's throttling answers.
 */
final class DeskClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String pushUrl;
    private final String idToken;
    private final Counters counters;

    /** Shared by every desk of a run. */
    static final class Counters {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong throttled = new AtomicLong();
        final AtomicLong followRequests = new AtomicLong();
        /** Receipts downloaded from the URL a COMPLETED push carried (ADR 0053): no REST request made for them. */
        final AtomicLong receiptsFromPush = new AtomicLong();
        /** Pushed receipt URLs that did not work (expired, refused): the desk then asked for the link. */
        final AtomicLong pushedUrlFallbacks = new AtomicLong();
    }

    DeskClient(String apiUrl, String pushUrl, String idToken, Counters counters) {
        this.apiUrl = apiUrl;
        this.pushUrl = pushUrl;
        this.idToken = idToken;
        this.counters = counters;
    }

    /**
     * Opens the desk's live-updates socket the way the app's LiveUpdates does: the WebSocket API's URL with
     * the session's ID token as {@code ?token=}, the JDK client, a handshake waiting at most 10 s.
     */
    WebSocket openPush(WebSocket.Listener listener) throws Exception {
        URI url = URI.create(pushUrl + (pushUrl.contains("?") ? "&" : "?") + "token=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(url, listener).get(15, TimeUnit.SECONDS);
    }

    /** POST /place-order; a 429 is retried with the same key after a pause, as the app's outbox would. */
    String placeOrder(String productId, int quantity) throws IOException, InterruptedException {
        String key = UUID.randomUUID().toString();
        String body = """
                {"lines":[{"productId":"%s","quantity":%d}],
                 "customer":{"email":"bench@example.test","name":"Bench Desk","phone":"+15555550100"},
                 "paymentToken":"tok_visa"}""".formatted(productId, quantity);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl + "/place-order"))
                    .header("Idempotency-Key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), false);
            if (response.statusCode() == 429 && attempt < 50) {
                Thread.sleep(200);
                continue;
            }
            if (response.statusCode() != 202 && response.statusCode() != 200) {
                throw new IOException("place-order answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("orderId").asText();
        }
    }

    /** GET path as a follow request (the desk watching its order); null on 429 or 404. */
    JsonNode follow(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl + path)).GET(), true);
        if (response.statusCode() == 429 || response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Downloads a presigned receipt URL (S3, not the API): the bytes. */
    byte[] download(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Downloads a presigned URL a push carried: the bytes if S3 answered 200, else null (the desk falls back). */
    byte[] downloadIfOk(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    Counters counters() {
        return counters;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean follow) throws IOException, InterruptedException {
        counters.requests.incrementAndGet();
        if (follow) {
            counters.followRequests.incrementAndGet();
        }
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + idToken)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429) {
            counters.throttled.incrementAndGet();
        }
        return response;
    }
}
