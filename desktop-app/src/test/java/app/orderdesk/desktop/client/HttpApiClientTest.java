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
