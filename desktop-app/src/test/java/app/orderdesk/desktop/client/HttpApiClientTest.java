package app.orderdesk.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpApiClientTest {

    private HttpServer server;
    private final Map<String, HttpExchangeRecord> seen = new ConcurrentHashMap<>();
    private HttpApiClient client;

    record HttpExchangeRecord(String method, String query, String authorization, String idempotencyKey, String body) {}

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/place-order", ex -> answer(ex, 202,
                "{\"orderId\":\"o-1\",\"orderNumber\":\"OD-1001\",\"status\":\"RECEIVED\",\"extra\":true}"));
        server.createContext("/v1/orders/missing", ex -> answer(ex, 404,
                "{\"code\":\"NOT_FOUND\",\"message\":\"No order missing\",\"details\":[]}"));
        server.createContext("/v1/orders/invalid", ex -> answer(ex, 400,
                "{\"code\":\"VALIDATION_FAILED\",\"message\":\"The order is not valid\","
                        + "\"details\":[{\"field\":\"customer.email\",\"issue\":\"not a valid email address\"}]}"));
        server.createContext("/v1/orders/broken", ex -> answer(ex, 502, "<html>Bad gateway</html>"));
        server.createContext("/v1/inventory", ex -> answer(ex, 200,
                "{\"items\":[{\"productId\":\"p-1\",\"sku\":\"MUG-1\",\"name\":\"Mug\",\"priceCents\":1250,"
                        + "\"available\":4,\"reserved\":0,\"lowStockThreshold\":5,\"lowStock\":true}],\"nextToken\":null}"));
        server.createContext("/v1/orders", ex -> answer(ex, 200,
                "{\"items\":[{\"orderId\":\"o-1\",\"orderNumber\":\"OD-000001\",\"status\":\"COMPLETED\","
                        + "\"customerEmail\":\"a@b.co\",\"totalCents\":1250,\"createdAt\":\"2026-03-01T10:00:00Z\"}],\"nextToken\":\"n2\"}"));
        server.createContext("/v1/inventory/p-1/adjustments", ex -> answer(ex, 201,
                "{\"productId\":\"p-1\",\"movementId\":\"m-1\",\"reason\":\"RECEIVED\",\"delta\":5,\"before\":4,"
                        + "\"after\":9,\"actor\":\"boss@b.co\",\"at\":\"2026-03-01T10:00:00Z\"}"));
        server.createContext("/v1/inventory/import", ex -> answer(ex, 200,
                "{\"dryRun\":true,\"counts\":{\"rows\":1,\"updated\":1,\"unchanged\":0,\"errors\":0},"
                        + "\"rows\":[{\"row\":2,\"sku\":\"MUG-1\",\"status\":\"UPDATED\",\"before\":4,\"after\":9}]}"));
        server.createContext("/files/receipt.pdf", ex -> answer(ex, 200, "%PDF-1.7"));
        server.start();
        client = new HttpApiClient("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/", () -> "token-abc");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void placesAnOrderWithTheTokenAndIdempotencyKey() {
        var response = client.placeOrder(new PlaceOrderRequest(List.of(new OrderLineRequest("p-1", 2)),
                new CustomerDetails("a@b.co", "Ann", null), "tok_visa"), "key-1");

        assertThat(response.status()).isEqualTo(OrderStatus.RECEIVED);
        HttpExchangeRecord request = seen.get("/v1/place-order");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("token-abc");
        assertThat(request.idempotencyKey()).isEqualTo("key-1");
        assertThat(request.body()).contains("\"paymentToken\":\"tok_visa\"").contains("\"productId\":\"p-1\"");
    }

    @Test
    void turnsAnErrorBodyIntoAnApiException() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.order("missing"));

        assertThat(e.status()).isEqualTo(404);
        assertThat(ErrorMessages.describe(e)).isEqualTo("No order missing");
    }

    @Test
    void namesTheFieldsAValidationErrorIsAbout() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.order("invalid"));

        assertThat(ErrorMessages.describe(e))
                .isEqualTo("The order is not valid (customer.email: not a valid email address)");
    }

    @Test
    void givesAPlainMessageWhenTheErrorBodyIsNotJson() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.order("broken"));

        assertThat(e.status()).isEqualTo(502);
        assertThat(ErrorMessages.describe(e)).contains("temporarily unavailable");
    }

    @Test
    void sendsInventoryQueryParameters() {
        var page = client.inventory(new InventoryQuery(50, null, "blue mug", true));

        assertThat(page.items()).singleElement().satisfies(item -> assertThat(item.sku()).isEqualTo("MUG-1"));
        assertThat(seen.get("/v1/inventory").query()).isEqualTo("limit=50&q=blue+mug&lowStock=true");
    }

    @Test
    void downloadsAPresignedUrlWithoutTheToken() {
        byte[] pdf = client.download("http://127.0.0.1:" + server.getAddress().getPort() + "/files/receipt.pdf");

        assertThat(new String(pdf, StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
        assertThat(seen.get("/files/receipt.pdf").authorization()).isNull();
    }

    @Test
    void reportsAnUnreachableApi() {
        int port = server.getAddress().getPort();
        server.stop(0);
        HttpApiClient offline = new HttpApiClient("http://127.0.0.1:" + port + "/v1", () -> "t");

        Throwable e = catchThrowableOfType(ConnectionUnavailableException.class, () -> offline.order("o-1"));

        assertThat(ErrorMessages.describe(e)).isEqualTo("Cannot reach the Order Desk API");
    }

    /** Walked, session 34: a payment that got no answer in time had been recorded; the words said "cannot reach". */
    @Test
    void aRequestUnansweredInTimeSaysTheChangeMayHaveBeenMade() {
        java.net.http.HttpClient silent = new java.net.http.HttpClient() {
            @Override public java.util.Optional<java.net.CookieHandler> cookieHandler() { return java.util.Optional.empty(); }
            @Override public java.util.Optional<java.time.Duration> connectTimeout() { return java.util.Optional.empty(); }
            @Override public Redirect followRedirects() { return Redirect.NEVER; }
            @Override public java.util.Optional<java.net.ProxySelector> proxy() { return java.util.Optional.empty(); }
            @Override public javax.net.ssl.SSLContext sslContext() { return null; }
            @Override public javax.net.ssl.SSLParameters sslParameters() { return null; }
            @Override public java.util.Optional<java.net.Authenticator> authenticator() { return java.util.Optional.empty(); }
            @Override public Version version() { return Version.HTTP_1_1; }
            @Override public java.util.Optional<java.util.concurrent.Executor> executor() { return java.util.Optional.empty(); }
            @Override public <T> java.net.http.HttpResponse<T> send(java.net.http.HttpRequest request,
                    java.net.http.HttpResponse.BodyHandler<T> handler) throws java.io.IOException {
                throw new java.net.http.HttpTimeoutException("request timed out"); // what the JDK throws after the request's timeout
            }
            @Override public <T> java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<T>> sendAsync(
                    java.net.http.HttpRequest request, java.net.http.HttpResponse.BodyHandler<T> handler) { throw new UnsupportedOperationException(); }
            @Override public <T> java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<T>> sendAsync(
                    java.net.http.HttpRequest request, java.net.http.HttpResponse.BodyHandler<T> handler,
                    java.net.http.HttpResponse.PushPromiseHandler<T> push) { throw new UnsupportedOperationException(); }
        };
        HttpApiClient waiting = new HttpApiClient("http://127.0.0.1:1/v1", () -> "t", silent);

        Throwable e = catchThrowableOfType(ConnectionUnavailableException.class, () -> waiting.recordPaymentReceived("o-1",
                new app.orderdesk.api.PaymentReceivedRequest("CASH", null), null));

        assertThat(ErrorMessages.describe(e)).isEqualTo(
                "No answer from the Order Desk API in time: the change may have been made. Check the order before sending it again");
        assertThat(ErrorMessages.isConnectionProblem(e)).as("still a connection problem: the outbox and status bar treat it so").isTrue();
        assertThat(ErrorMessages.sentButUnanswered(new java.net.http.HttpConnectTimeoutException("connect timed out")))
                .as("timed out while connecting: nothing was sent").isFalse();
    }

    @Test
    void searchesOrdersWithOnlyTheCriteriaGiven() {
        var page = client.searchOrders(new OrderQuery(null, "a+b@c.co", null, OrderStatus.FAILED,
                java.time.Instant.parse("2026-03-01T00:00:00Z"), null, 25, "t 1"));

        assertThat(page.items()).singleElement().satisfies(o -> assertThat(o.orderNumber()).isEqualTo("OD-000001"));
        assertThat(page.nextToken()).isEqualTo("n2");
        assertThat(seen.get("/v1/orders").query())
                .isEqualTo("email=a%2Bb%40c.co&status=FAILED&from=2026-03-01T00%3A00%3A00Z&limit=25&nextToken=t+1");

        client.searchOrders(new OrderQuery(null, null, null, null, null, null, 25, null, true));
        assertThat(seen.get("/v1/orders").query()).as("ADR 0073").isEqualTo("payment=OUTSTANDING&limit=25");
    }

    @Test
    void adjustsStockWithItsOwnIdempotencyKey() {
        var movement = client.adjustStock("p-1", new app.orderdesk.api.StockAdjustmentRequest(5L, "RECEIVED", "delivery"), "adj-1");

        assertThat(movement.after()).isEqualTo(9L);
        HttpExchangeRecord request = seen.get("/v1/inventory/p-1/adjustments");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.idempotencyKey()).isEqualTo("adj-1");
        assertThat(request.body()).contains("\"delta\":5").contains("\"reason\":\"RECEIVED\"").contains("\"note\":\"delivery\"");
    }

    @Test
    void sendsCountsAsCsvForADryRun() {
        var report = client.importCounts("sku,count\nMUG-1,9\n", true, null);

        assertThat(report.counts().updated()).isEqualTo(1);
        HttpExchangeRecord request = seen.get("/v1/inventory/import");
        assertThat(request.query()).isEqualTo("dryRun=true");
        assertThat(request.body()).isEqualTo("sku,count\nMUG-1,9\n");
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        seen.put(exchange.getRequestURI().getPath(), new HttpExchangeRecord(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
