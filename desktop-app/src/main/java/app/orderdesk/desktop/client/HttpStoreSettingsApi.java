package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.ApiHeaders;
import app.orderdesk.api.ApiJson;
import app.orderdesk.api.StoreSettingsRequest;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** {@link StoreSettingsApi} over {@code java.net.http}, with the same error mapping as {@link HttpApiClient}. */
public final class HttpStoreSettingsApi implements StoreSettingsApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json";

    private final String baseUrl;
    private final Supplier<String> idToken;
    private final HttpClient http;
    private final ObjectMapper json = ApiJson.lenient();

    public HttpStoreSettingsApi(String baseUrl, Supplier<String> idToken) {
        this(baseUrl, idToken, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build());
    }

    public HttpStoreSettingsApi(String baseUrl, Supplier<String> idToken, HttpClient http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.idToken = idToken;
        this.http = http;
    }

    @Override
    public StoreSettingsView storeSettings() {
        return send(request().GET());
    }

    @Override
    public StoreSettingsView saveStoreSettings(StoreSettingsRequest body, String ifMatch) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("store settings could not be written as JSON", e);
        }
        HttpRequest.Builder put = request().header("Content-Type", JSON_TYPE).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return send(ifMatch == null ? put : put.header("If-Match", "\"" + ifMatch + "\""));
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/store-settings")).timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON_TYPE).header(ApiHeaders.AUTHORIZATION, idToken.get());
    }

    private StoreSettingsView send(HttpRequest.Builder builder) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ConnectionUnavailableException(ErrorMessages.apiUnreachable(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionUnavailableException(ErrorMessages.apiUnreachable(), e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ApiException(status, ErrorBodies.parse(json, status, response.body()));
        }
        try {
            return json.readValue(response.body(), StoreSettingsView.class);
        } catch (IOException e) {
            throw new ApiException(status, ApiError.of("UNREADABLE_RESPONSE",
                    Messages.text("error.api.unreadable")));
        }
    }
}
