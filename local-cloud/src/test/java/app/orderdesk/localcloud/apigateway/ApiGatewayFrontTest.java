package app.orderdesk.localcloud.apigateway;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiGatewayFrontTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestTokens tokens = new TestTokens();
    private final AtomicReference<JsonNode> lastEvent = new AtomicReference<>();
    private final AtomicReference<LambdaBackend.LambdaResponse> answer = new AtomicReference<>(
            new LambdaBackend.LambdaResponse.Success("{\"statusCode\":202,\"headers\":{\"X-Test\":\"yes\"},\"body\":\"{\\\"ok\\\":true}\"}"));
    private final LambdaBackend lambda = (function, payload) -> {
        try {
            JsonNode event = JSON.readTree(payload);
            ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("_function", function);
            lastEvent.set(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return answer.get();
    };
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiGatewayFront front = front(50, 100);

    private ApiGatewayFront front(double rate, int burst) {
        ApiGatewayFront f = new ApiGatewayFront("v1", new RouteTable(List.of(
                new Route("POST", "/place-order", "PlaceOrderFunction"),
                new Route("GET", "/orders/{id}/timeline", "TimelineFunction"))),
                tokens.verifier(), lambda, rate, burst);
        f.start(0);
        return f;
    }

    @AfterEach
    void stop() {
        front.close();
    }

    @Test
    void buildsTheRestProxyEventAndMapsTheResponse() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/orders/o%2D1/timeline?a=1&a=2&b=x%20y"))
                .header("Authorization", "Bearer " + tokens.id())
                .header("Idempotency-Key", "k-1")
                .GET());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Test")).contains("yes");
        assertThat(response.body()).isEqualTo("{\"ok\":true}");

        JsonNode event = lastEvent.get();
        assertThat(event.path("_function").asText()).isEqualTo("TimelineFunction");
        assertThat(event.path("resource").asText()).isEqualTo("/orders/{id}/timeline");
        assertThat(event.path("path").asText()).isEqualTo("/orders/o%2D1/timeline");
        assertThat(event.path("httpMethod").asText()).isEqualTo("GET");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("o-1");
        assertThat(event.path("queryStringParameters").path("a").asText()).isEqualTo("2");
        assertThat(event.path("queryStringParameters").path("b").asText()).isEqualTo("x y");
        assertThat(event.path("multiValueQueryStringParameters").path("a").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(event.path("headers").path("Idempotency-Key").asText()).isEqualTo("k-1");
        assertThat(event.path("multiValueHeaders").path("Idempotency-Key").get(0).asText()).isEqualTo("k-1");
        assertThat(event.path("stageVariables").isNull()).isTrue();
        assertThat(event.path("body").isNull()).isTrue();
        JsonNode context = event.path("requestContext");
        assertThat(context.path("stage").asText()).isEqualTo("v1");
        assertThat(context.path("resourcePath").asText()).isEqualTo("/orders/{id}/timeline");
        assertThat(context.path("path").asText()).isEqualTo("/v1/orders/o%2D1/timeline");
        assertThat(context.path("identity").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("requestTimeEpoch").asLong()).isPositive();
        JsonNode claims = context.path("authorizer").path("claims");
        assertThat(claims.path("cognito:groups").asText()).isEqualTo("staff,managers");
        assertThat(claims.path("email").asText()).isEqualTo("staff@orderdesk.local");
    }

    @Test
    void passesTextBodiesAsTextAndBinaryAsBase64() throws Exception {
        send(post("{\"lines\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(lastEvent.get().path("body").asText()).isEqualTo("{\"lines\":[]}");
        assertThat(lastEvent.get().path("isBase64Encoded").asBoolean()).isFalse();

        send(post(new byte[] {(byte) 0xff, (byte) 0xfe, 0}));
        assertThat(lastEvent.get().path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(lastEvent.get().path("body").asText()).isEqualTo("//4A");
    }

    @Test
    void answers401WithoutInvokingTheFunction() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/v1/place-order")).POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/v1/place-order"))
                .header("Authorization", tokens.signedWithOtherKey()).POST(HttpRequest.BodyPublishers.ofString("{}")));
        for (HttpResponse<String> response : List.of(none, forged)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(JSON.readTree(response.body()).path("details").isArray()).isTrue();
        }
        assertThat(lastEvent.get()).isNull();
    }

    @Test
    void answers404ForUnknownRoutesAndOutsideTheStage() throws Exception {
        for (String path : List.of("/v1/nope", "/place-order", "/v2/place-order")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", tokens.id()).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void hidesFunctionErrorsBehindA502() throws Exception {
        answer.set(new LambdaBackend.LambdaResponse.FunctionError("java.lang.IllegalStateException",
                "{\"errorMessage\":\"secret internals\",\"stackTrace\":[\"at x\"]}"));
        HttpResponse<String> response = send(post("{}".getBytes()));
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("{\"code\":\"INTERNAL\",\"message\":\"Internal server error\",\"details\":[]}");

        answer.set(new LambdaBackend.LambdaResponse.Success("not a proxy response"));
        assertThat(send(post("{}".getBytes())).statusCode()).isEqualTo(502);
    }

    @Test
    void rejectsBodiesOverTenMegabytes() throws Exception {
        HttpResponse<String> response = send(post(new byte[ApiGatewayFront.MAX_BODY_BYTES + 1]));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(lastEvent.get()).isNull();
    }

    @Test
    void answersAnElevenMegabyteBody413WithTheErrorShapeInsteadOfResettingTheConnection() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        var signedIn = HttpRequest.newBuilder(uri("/v1/place-order")).header("Authorization", "Bearer " + tokens.id())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(eleven));
        var anonymous = HttpRequest.newBuilder(uri("/v1/place-order")).POST(HttpRequest.BodyPublishers.ofByteArray(eleven));
        var unknownRoute = HttpRequest.newBuilder(uri("/v1/nope")).POST(HttpRequest.BodyPublishers.ofByteArray(eleven));
        for (var request : List.of(signedIn, anonymous, unknownRoute)) {
            HttpResponse<String> response = send(request);
            JsonNode error = JSON.readTree(response.body());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(error.path("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
            assertThat(error.path("message").asText()).contains("10 MB");
            assertThat(error.path("details").isArray()).isTrue();
        }
        assertThat(lastEvent.get()).isNull();
        // the connection stays usable: the next request on the same client is answered normally
        assertThat(send(post("{}".getBytes())).statusCode()).isEqualTo(202);
    }

    @Test
    void aClientThatSendsTheWholeElevenMegabytesBeforeReadingGetsThe413() throws Exception {
        // As curl or a plain socket client does: write the whole body, then read. A server that answers
        // early and closes with the body unread resets the connection under the writer.
        byte[] eleven = new byte[11 * 1024 * 1024];
        try (var socket = new java.net.Socket("127.0.0.1", front.port())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /v1/place-order HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + tokens.id()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + eleven.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(eleven);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413");
            JsonNode error = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(error.path("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
            assertThat(error.path("details").isArray()).isTrue();
        }
        assertThat(lastEvent.get()).isNull();
    }

    @Test
    void throttlesBeyondTheBurst() throws Exception {
        front.close();
        front = front(0.001, 2);
        assertThat(send(post("{}".getBytes())).statusCode()).isEqualTo(202);
        assertThat(send(post("{}".getBytes())).statusCode()).isEqualTo(202);
        HttpResponse<String> third = send(post("{}".getBytes()));
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(third.body()).path("code").asText()).isEqualTo("THROTTLED");
    }

    @Test
    void stopsAndStartsAgainOnTheSamePort() throws Exception {
        int port = front.port();
        front.stop();
        assertThatThrownBy(() -> send(post("{}".getBytes()))).isInstanceOf(java.io.IOException.class);
        front.start();
        assertThat(front.port()).isEqualTo(port);
        assertThat(send(post("{}".getBytes())).statusCode()).isEqualTo(202);
    }

    private HttpRequest.Builder post(byte[] body) {
        return HttpRequest.newBuilder(uri("/v1/place-order")).header("Authorization", tokens.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + front.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
