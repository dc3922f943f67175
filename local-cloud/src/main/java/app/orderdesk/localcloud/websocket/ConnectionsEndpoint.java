package app.orderdesk.localcloud.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The WebSocket API's management endpoint, as {@code ApiGatewayManagementApiClient} calls it with an
 * endpoint override: {@code POST} (send), {@code GET} (describe) and {@code DELETE} (close)
 * {@code /{apiId}/{stage}/@connections/{connectionId}}. The API id sits in the path because locally
 * there is no {@code {apiId}.execute-api} host name; the IAM check reads it from there
 * ({@code execute-api:ManageConnections} on {@code {apiId}/{stage}/{METHOD}/@connections/{id}}).
 * A connection that is not open answers 410 {@code GoneException}, as in AWS.
 */
public final class ConnectionsEndpoint {

    private final WebSocketApiServer api;
    private HttpServer server;
    private ExecutorService executor;

    public ConnectionsEndpoint(WebSocketApiServer api) {
        this.api = api;
    }

    public void start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** What a function's {@code AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI} is set to. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + api.apiId() + "/" + api.stage();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdown();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String prefix = "/" + api.apiId() + "/" + api.stage() + "/@connections/";
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith(prefix) || path.length() == prefix.length()) {
                answer(exchange, 404, "NotFoundException", "No such route: " + path);
                return;
            }
            String connectionId = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<WebSocketApiServer.Connection> connection = api.connection(connectionId);
            if (connection.isEmpty()) {
                answer(exchange, 410, "GoneException", "Connection " + connectionId + " is gone");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "POST" -> {
                    if (body.length > 128 * 1024) {
                        answer(exchange, 413, "PayloadTooLargeException", "Message over 128 KB");
                        return;
                    }
                    connection.get().socket().send(new String(body, StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET" -> {
                    ObjectNode description = WebSocketRouteEvents.JSON.createObjectNode();
                    description.put("connectedAt", connection.get().connectedAt().toString());
                    description.put("lastActiveAt", connection.get().connectedAt().toString());
                    description.putObject("identity").put("sourceIp", connection.get().sourceIp())
                            .put("userAgent", connection.get().userAgent());
                    byte[] json = description.toString().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, json.length);
                    exchange.getResponseBody().write(json);
                }
                case "DELETE" -> {
                    connection.get().socket().close(1000, "closed through @connections");
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> answer(exchange, 405, "MethodNotAllowedException", "Method " + exchange.getRequestMethod());
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] json = WebSocketRouteEvents.JSON.createObjectNode().put("message", message).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
