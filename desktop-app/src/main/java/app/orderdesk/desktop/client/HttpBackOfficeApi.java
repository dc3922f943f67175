package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.AttentionItemView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.DashboardView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.Page;
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
import java.util.List;
import java.util.function.Supplier;

/** {@link BackOfficeApi} over {@code java.net.http}, with the same error mapping as {@link HttpApiClient}. */
public final class HttpBackOfficeApi implements BackOfficeApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json";

    private final String baseUrl;
    private final Supplier<String> idToken;
    private final HttpClient http;
    private final ObjectMapper json = ApiJson.lenient();

    public HttpBackOfficeApi(String baseUrl, Supplier<String> idToken) {
        this(baseUrl, idToken, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build());
    }

    public HttpBackOfficeApi(String baseUrl, Supplier<String> idToken, HttpClient http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.idToken = idToken;
        this.http = http;
    }

    @Override
    public DashboardView dashboard(int days) {
        return send(get("/dashboard?days=" + days), json.constructType(DashboardView.class));
    }

    @Override
    public List<AttentionItemView> attention(int limit) {
        return send(get("/orders/attention?limit=" + limit), listOf(AttentionItemView.class));
    }

    @Override
    public RedriveOutcome redrive(String orderId) {
        var request = authorized("/orders/" + segment(orderId) + "/redrive").POST(HttpRequest.BodyPublishers.noBody());
        return send(request, json.constructType(RedriveOutcome.class));
    }

    @Override
    public List<CustomerView> customersByPhone(String phone) {
        return send(get("/customers?phone=" + param(phone)), listOf(CustomerView.class));
    }

    @Override
    public List<CustomerView> customersByEmail(String email) {
        return send(get("/customers?email=" + param(email)), listOf(CustomerView.class));
    }

    @Override
    public Page<OrderSummaryView> customerOrders(String customerId, int limit) {
        return send(get("/customers/" + segment(customerId) + "/orders?limit=" + limit),
                json.getTypeFactory().constructParametricType(Page.class, OrderSummaryView.class));
    }

    @Override
    public String customersCsv() {
        var request = authorized("/customers/export.csv").header("Accept", "text/csv").GET();
        return new String(sendFor2xx(request).body(), StandardCharsets.UTF_8);
    }

    @Override
    public app.orderdesk.api.CustomerErasureView eraseCustomer(String customerId) {
        return send(authorized("/customers/" + segment(customerId)).DELETE(),
                json.constructType(app.orderdesk.api.CustomerErasureView.class));
    }

    private JavaType listOf(Class<?> item) {
        return json.getTypeFactory().constructCollectionType(List.class, item);
    }

    private HttpRequest.Builder get(String path) {
        return authorized(path).GET();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .setHeader("Accept", JSON_TYPE).header(ApiHeaders.AUTHORIZATION, idToken.get());
    }

    private <T> T send(HttpRequest.Builder builder, JavaType type) {
        HttpResponse<byte[]> response = sendFor2xx(builder);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException(response.statusCode(), ApiError.of("UNREADABLE_RESPONSE",
                    Messages.text("error.api.unreadable")));
        }
    }

    /** A 2xx answer; anything else as the exception the screens show. */
    private HttpResponse<byte[]> sendFor2xx(HttpRequest.Builder builder) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ErrorMessages.connectionFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionUnavailableException(ErrorMessages.apiUnreachable(), e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ApiException(status, ErrorBodies.parse(json, status, response.body()));
        }
        return response;
    }

    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
