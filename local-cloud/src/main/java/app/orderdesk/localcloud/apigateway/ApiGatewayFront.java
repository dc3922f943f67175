package app.orderdesk.localcloud.apigateway;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local API Gateway: serves the template's routes under {@code /<stage>} on 127.0.0.1, checks
 * the Cognito authorizer, throttles, and invokes each route's function with a REST API proxy event.
 * Unknown paths answer 404 NOT_FOUND (AWS answers 403 "Missing Authentication Token"; a 404 in the
 * API's error shape is clearer for people and for the desktop app).
 */
public final class ApiGatewayFront implements AutoCloseable {

    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** How much of an oversized body is read and dropped so its sender gets the 413. */
    static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    private final String stage;
    private final RouteTable routes;
    private final CognitoTokenVerifier verifier;
    private final LambdaBackend lambda;
    private final TokenBucket throttle;
    private final ProxyEventFactory events;
    private final ProxyResponseWriter responses = new ProxyResponseWriter();
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    public ApiGatewayFront(String stage, RouteTable routes, CognitoTokenVerifier verifier, LambdaBackend lambda,
                           double rateLimit, int burstLimit) {
        this.stage = stage;
        this.routes = routes;
        this.verifier = verifier;
        this.lambda = lambda;
        this.throttle = new TokenBucket(rateLimit, burstLimit);
        this.events = new ProxyEventFactory(stage, "local");
    }

    /** Starts on 127.0.0.1:{@code port} (0 = a free port); a later {@link #start()} reuses the port. */
    public synchronized void start(int requestedPort) {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the API on 127.0.0.1:" + requestedPort, e);
        }
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "api-gateway");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Starts again on the port it had before (for outbox tests that take the API away and back). */
    public synchronized void start() {
        start(port);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/<stage>} */
    public String url() {
        return "http://127.0.0.1:" + port + "/" + stage;
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        try (exchange) {
            // The body is read first, whatever the answer: a server that answers (413, 401, 404) and closes
            // while the client is still sending makes the client see a connection reset instead of the answer.
            byte[] body = readBody(exchange);
            if (body == null) {
                exchange.getResponseHeaders().add("Connection", "close");
                responses.error(exchange, 413, "REQUEST_TOO_LARGE", "The request body exceeds 10 MB.");
                return;
            }
            String stagePrefix = "/" + stage;
            String rawPath = exchange.getRequestURI().getRawPath();
            if (!rawPath.equals(stagePrefix) && !rawPath.startsWith(stagePrefix + "/")) {
                responses.error(exchange, 404, "NOT_FOUND", "No such resource: " + rawPath);
                return;
            }
            String path = rawPath.substring(stagePrefix.length());
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            var match = routes.match(method, path);
            if (match.isEmpty()) {
                responses.error(exchange, 404, "NOT_FOUND", routes.pathExists(path)
                        ? "Method " + method + " is not allowed on " + path : "No such resource: " + path);
                return;
            }
            if (!throttle.tryAcquire()) {
                responses.error(exchange, 429, "THROTTLED", "Too many requests; retry shortly.");
                return;
            }
            JWTClaimsSet claims;
            try {
                claims = verifier.verify(exchange.getRequestHeaders().getFirst("Authorization"));
            } catch (CognitoTokenVerifier.InvalidTokenException e) {
                responses.error(exchange, 401, "UNAUTHORIZED", "Unauthorized");
                return;
            }
            ProxyRequest request = new ProxyRequest(method, path, exchange.getRequestURI().getRawQuery(),
                    headers(exchange), body, exchange.getRemoteAddress().getAddress().getHostAddress());
            String event = events.event(request, match.get(), CognitoTokenVerifier.claimsAsStrings(claims), requestId).toString();
            LambdaResponse response = lambda.invoke(match.get().route().functionName(), event);
            if (response instanceof LambdaResponse.Success success) {
                responses.proxy(exchange, success.body());
            } else {
                System.err.println("[api] " + method + " " + path + " -> function failed: " + response);
                responses.error(exchange, 502, "INTERNAL", "Internal server error");
            }
        } catch (RuntimeException e) {
            System.err.println("[api] request failed: " + e);
            responses.error(exchange, 502, "INTERNAL", "Internal server error");
        }
    }

    /**
     * The body, or null when it is larger than API Gateway accepts (10 MB). An oversized body is read
     * and dropped, up to {@link #MAX_DRAINED_BYTES}, so the client receives the 413; beyond that the
     * connection is closed unread (bounded work for a hostile sender).
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null && Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
                drain(in);
                return null;
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                drain(in);
                return null;
            }
            return body;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = MAX_DRAINED_BYTES;
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
            left -= n;
        }
    }

    /**
     * Header names as clients usually write them ({@code Idempotency-Key}): the JDK server lower-cases
     * all but the first letter, and handlers should not have to guess. Handlers must still compare
     * header names case-insensitively, as on AWS.
     */
    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(canonical(name), new ArrayList<>(values)));
        return headers;
    }

    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }
}
