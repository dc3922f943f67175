package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@link StepFunctionsService} over the AWS JSON 1.0 protocol ({@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Action>}), so the unmodified AWS SDK can talk to it.
 */
public final class StepFunctionsHttpServer implements AutoCloseable {

    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final SfnActions actions;
    private HttpServer server;
    private ExecutorService executor;

    public StepFunctionsHttpServer(StepFunctionsService service) {
        this.actions = new SfnActions(service);
    }

    /** Binds to {@code host:port}; port 0 picks a free port, see {@link #port()}. */
    public void start(String host, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind Step Functions server to " + host + ":" + port, e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(TARGET_PREFIX)) {
                respond(exchange, 400, error("UnknownOperationException", "Expected POST with X-Amz-Target"));
                return;
            }
            JsonNode request;
            try (InputStream body = exchange.getRequestBody()) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                request = text.isBlank() ? Json.object() : Json.parse(text);
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, error("SerializationException", "Request body is not valid JSON"));
                return;
            }
            try {
                boolean readsLog = ExpressExecutionLog.HEADER_VALUE.equals(
                        exchange.getRequestHeaders().getFirst(ExpressExecutionLog.HEADER));
                respond(exchange, 200, actions.handle(target.substring(TARGET_PREFIX.length()), request, readsLog));
            } catch (StepFunctionsException e) {
                respond(exchange, 400, error(e.code(), e.getMessage()));
            } catch (RuntimeException e) {
                // Internal details stay in the server; the client gets AWS's generic failure code.
                respond(exchange, 500, error("InternalFailure", "Internal server error"));
            }
        }
    }

    private static JsonNode error(String code, String message) {
        return Json.object().put("__type", code).put("message", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
