package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.CancelOrderRequest;
import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.CreditNoteLinkView;
import app.orderdesk.api.ReceiptLinkView;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.api.RefundView;
import app.orderdesk.api.ResendReceiptRequest;
import app.orderdesk.api.ResendReceiptResponse;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.api.TimelineView;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@link ApiClient} over {@code java.net.http}: JSON with the contract's lenient settings. */
public final class HttpApiClient implements ApiClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json";
    /** The query parameter of {@code GET /orders} that holds a human order number. */
    static final String ORDER_NUMBER_PARAM = "orderNumber";

    private final String baseUrl;
    private final Supplier<String> idToken;
    private final HttpClient http;
    private final ObjectMapper json = ApiJson.lenient();

    /**
     * @param baseUrl the profile's API URL, e.g. {@code http://127.0.0.1:8780/v1}
     * @param idToken gives a valid ID token per call (it refreshes the session when near expiry)
     */
    public HttpApiClient(String baseUrl, Supplier<String> idToken) {
        this(baseUrl, idToken, HttpClient.newBuilder()
                // HTTP/1.1: an h2c upgrade attempt against a plain-HTTP local endpoint only costs time.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    public HttpApiClient(String baseUrl, Supplier<String> idToken, HttpClient http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.idToken = idToken;
        this.http = http;
    }

    @Override
    public PlaceOrderResponse placeOrder(PlaceOrderRequest request, String idempotencyKey) {
        HttpRequest.Builder builder = postJson("/place-order", request)
                .header(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        return send(builder, json.constructType(PlaceOrderResponse.class));
    }

    @Override
    public InventoryItemView inventoryItem(String productId) {
        return send(authorized("/inventory/" + segment(productId)).GET(), json.constructType(InventoryItemView.class));
    }

    @Override
    public OrderView order(String orderId) {
        return send(authorized("/orders/" + segment(orderId)).GET(), json.constructType(OrderView.class));
    }

    @Override
    public TimelineView timeline(String orderId) {
        return send(authorized("/orders/" + segment(orderId) + "/timeline").GET(), json.constructType(TimelineView.class));
    }

    @Override
    public ReceiptLinkView receiptLink(String orderId) {
        return send(authorized("/orders/" + segment(orderId) + "/receipt").GET(), json.constructType(ReceiptLinkView.class));
    }

    @Override
    public RefundView refund(String orderId, RefundRequest request, String idempotencyKey) {
        HttpRequest.Builder builder = postJson("/orders/" + segment(orderId) + "/refunds", request)
                .header(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        return send(builder, json.constructType(RefundView.class));
    }

    @Override
    public CreditNoteLinkView creditNoteLink(String orderId, String refundId) {
        return send(authorized("/orders/" + segment(orderId) + "/credit-notes/" + segment(refundId)).GET(),
                json.constructType(CreditNoteLinkView.class));
    }

    @Override
    public byte[] download(String presignedUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(presignedUrl)).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(response.statusCode(),
                    ApiError.of("DOWNLOAD_FAILED", Messages.text("error.download", String.valueOf(response.statusCode()))));
        }
        return response.body();
    }

    @Override
    public Page<InventoryItemView> inventory(InventoryQuery query) {
        List<String> params = new ArrayList<>();
        addParam(params, "limit", query.limit());
        addParam(params, "nextToken", query.nextToken());
        addParam(params, "q", query.q());
        addParam(params, "lowStock", query.lowStock());
        String path = "/inventory" + (params.isEmpty() ? "" : "?" + String.join("&", params));
        JavaType type = json.getTypeFactory().constructParametricType(Page.class, InventoryItemView.class);
        return send(authorized(path).GET(), type);
    }

    @Override
    public Page<OrderSummaryView> searchOrders(OrderQuery query) {
        List<String> params = new ArrayList<>();
        addParam(params, ORDER_NUMBER_PARAM, query.orderNumber());
        addParam(params, "email", query.email());
        addParam(params, "phone", query.phone());
        addParam(params, "status", query.status());
        addParam(params, "payment", query.paymentOutstanding() ? "OUTSTANDING" : null);
        addParam(params, "from", query.from());
        addParam(params, "to", query.to());
        addParam(params, "limit", query.limit());
        addParam(params, "nextToken", query.nextToken());
        String path = "/orders" + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return send(authorized(path).GET(), pageOf(OrderSummaryView.class));
    }

    @Override
    public OrderView cancelOrder(String orderId, String reason) {
        HttpRequest.Builder builder = postJson("/orders/" + segment(orderId) + "/cancel", new CancelOrderRequest(reason));
        return send(builder, json.constructType(OrderView.class));
    }

    @Override
    public OrderView recordPaymentReceived(String orderId, app.orderdesk.api.PaymentReceivedRequest request, String idempotencyKey) {
        HttpRequest.Builder builder = withKey(postJson("/orders/" + segment(orderId) + "/payment-received", request), idempotencyKey);
        return send(builder, json.constructType(OrderView.class));
    }

    @Override
    public OrderView undoPaymentReceived(String orderId, app.orderdesk.api.UndoPaymentReceivedRequest request, String idempotencyKey) {
        HttpRequest.Builder builder = withKey(postJson("/orders/" + segment(orderId) + "/payment-received/undo", request), idempotencyKey);
        return send(builder, json.constructType(OrderView.class));
    }

    /** Adds the Idempotency-Key header when there is a key. */
    private static HttpRequest.Builder withKey(HttpRequest.Builder builder, String idempotencyKey) {
        return idempotencyKey == null ? builder : builder.header(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
    }

    @Override
    public ResendReceiptResponse resendReceipt(String orderId, String email) {
        HttpRequest.Builder builder = postJson("/orders/" + segment(orderId) + "/receipt/email", new ResendReceiptRequest(email));
        return send(builder, json.constructType(ResendReceiptResponse.class));
    }

    @Override
    public StockMovementView adjustStock(String productId, StockAdjustmentRequest request, String idempotencyKey) {
        HttpRequest.Builder builder = postJson("/inventory/" + segment(productId) + "/adjustments", request)
                .header(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        return send(builder, json.constructType(StockMovementView.class));
    }

    @Override
    public Page<StockMovementView> movements(String productId, Integer limit, String nextToken) {
        List<String> params = new ArrayList<>();
        addParam(params, "limit", limit);
        addParam(params, "nextToken", nextToken);
        String path = "/inventory/" + segment(productId) + "/adjustments" + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return send(authorized(path).GET(), pageOf(StockMovementView.class));
    }

    @Override
    public ImportReportView importCounts(String csv, boolean dryRun, String idempotencyKey) {
        HttpRequest.Builder builder = authorized("/inventory/import?dryRun=" + dryRun)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        return send(withKey(builder, idempotencyKey), json.constructType(ImportReportView.class));
    }

    @Override
    public InventoryItemView createProduct(app.orderdesk.api.ProductRequest request) {
        return send(postJson("/inventory", request), json.constructType(InventoryItemView.class));
    }

    @Override
    public InventoryItemView editProduct(String productId, app.orderdesk.api.ProductRequest request) {
        HttpRequest.Builder builder = authorized("/inventory/" + segment(productId)).header("Content-Type", JSON_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(toJson(request)));
        return send(builder, json.constructType(InventoryItemView.class));
    }

    private JavaType pageOf(Class<?> item) {
        return json.getTypeFactory().constructParametricType(Page.class, item);
    }

    /** An authorised POST of {@code body} as JSON. */
    private HttpRequest.Builder postJson(String path, Object body) {
        return authorized(path)
                .header("Content-Type", JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(toJson(body)));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON_TYPE)
                .header(ApiHeaders.AUTHORIZATION, idToken.get());
    }

    private <T> T send(HttpRequest.Builder builder, JavaType type) {
        HttpResponse<byte[]> response = exchange(builder.build());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ApiException(status, ErrorBodies.parse(json, status, response.body()));
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException(status, ApiError.of("UNREADABLE_RESPONSE",
                    Messages.text("error.api.unreadable")));
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ErrorMessages.connectionFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionUnavailableException(ErrorMessages.apiUnreachable(), e);
        }
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private static void addParam(List<String> params, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String segment(String value) {
        // URLEncoder is for forms: a space must be %20 in a path segment, not '+'.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
