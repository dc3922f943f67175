package app.orderdesk.localcloud.websocket;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The socket side of a WebSocket API, as API Gateway runs it: an upgrade is accepted only when the
 * {@code $connect} route's function answers 2xx (otherwise the handshake fails, as in AWS); a closed
 * socket invokes {@code $disconnect}; every message invokes {@code $default}, and on a two-way route
 * (one with a route response) the function's answer {@code body} is sent back. Open connections are
 * kept by connection id for the {@code @connections} endpoint ({@link ConnectionsEndpoint}).
 */
public final class WebSocketApiServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiId;
    private final String stage;
    private final Map<String, String> routeFunctions;
    private final java.util.Set<String> twoWayRoutes;
    private final LambdaBackend lambda;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ExecutorService routeCalls = Executors.newVirtualThreadPerTaskExecutor();
    private Server server;

    /** An accepted socket and when it connected (GET @connections answers with it). */
    record Connection(WebSocket socket, Instant connectedAt, String sourceIp, String userAgent) {}

    public WebSocketApiServer(String apiId, String stage, Map<String, String> routeFunctions, java.util.Set<String> twoWayRoutes,
                              LambdaBackend lambda) {
        this.apiId = apiId;
        this.stage = stage;
        this.routeFunctions = Map.copyOf(routeFunctions);
        this.twoWayRoutes = java.util.Set.copyOf(twoWayRoutes);
        this.lambda = lambda;
    }

    /** Listens on 127.0.0.1 ({@code port} 0: a free one) and returns once the socket is bound. */
    public void start(int port) {
        CountDownLatch started = new CountDownLatch(1);
        server = new Server(new InetSocketAddress("127.0.0.1", port), started);
        server.setReuseAddr(true);
        server.start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the WebSocket API did not start on port " + port);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() { return server.getPort(); }

    /** {@code ws://127.0.0.1:PORT/v1}: desks add {@code ?token=<ID token>}. */
    public String url() { return "ws://127.0.0.1:" + port() + "/" + stage; }

    public String apiId() { return apiId; }

    public String stage() { return stage; }

    Optional<Connection> connection(String connectionId) {
        return Optional.ofNullable(connections.get(connectionId)).filter(c -> c.socket().isOpen());
    }

    /** Drops every open socket as a network failure would (close code 1006, no close handshake); for fault tests. */
    public void dropAllConnections() {
        for (Iterator<Connection> it = connections.values().iterator(); it.hasNext(); ) {
            it.next().socket().closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the local cloud");
        }
    }

    public int openConnections() {
        return (int) connections.values().stream().filter(c -> c.socket().isOpen()).count();
    }

    public void stop() {
        if (server != null) {
            try {
                server.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        routeCalls.shutdown();
    }

    private LambdaResponse invoke(String routeKey, String event) {
        String function = routeFunctions.get(routeKey);
        if (function == null) {
            return new LambdaResponse.Success("{\"statusCode\":200}");
        }
        return lambda.invoke(function, event);
    }

    /** A two-way route sends the function's {@code body} back down the socket, as API Gateway's route response does. */
    private void answer(WebSocket conn, String routeKey, LambdaResponse response) {
        if (!twoWayRoutes.contains(routeKey) || !(response instanceof LambdaResponse.Success success) || !conn.isOpen()) {
            return;
        }
        try {
            JsonNode body = WebSocketRouteEvents.JSON.readTree(success.body()).path("body");
            if (!body.isMissingNode() && !body.isNull()) {
                conn.send(body.isTextual() ? body.asText() : body.toString());
            }
        } catch (Exception e) {
            // an answer that is not JSON sends nothing back (AWS would send it as it is; ours are JSON)
        }
    }

    private static boolean accepted(LambdaResponse response) {
        if (!(response instanceof LambdaResponse.Success success)) {
            return false;
        }
        try {
            JsonNode answer = WebSocketRouteEvents.JSON.readTree(success.body());
            int status = answer.path("statusCode").asInt(200);
            return status >= 200 && status < 300;
        } catch (Exception e) {
            return false;
        }
    }

    private static String newConnectionId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private final class Server extends WebSocketServer {

        private final CountDownLatch started;

        Server(InetSocketAddress address, CountDownLatch started) {
            super(address);
            this.started = started;
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
                throws InvalidDataException {
            ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
            try {
                return connect(conn, request, response);
            } catch (InvalidDataException e) {
                throw e;
            } catch (RuntimeException e) {
                // a failing $connect integration: API Gateway answers 500 and does not upgrade
                System.err.println("[websocket] $connect failed: " + e);
                throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "Internal server error");
            }
        }

        private ServerHandshakeBuilder connect(WebSocket conn, ClientHandshake request, ServerHandshakeBuilder response)
                throws InvalidDataException {
            String connectionId = newConnectionId();
            Map<String, String> headers = new LinkedHashMap<>();
            request.iterateHttpFields().forEachRemaining(name -> headers.put(name, request.getFieldValue(name)));
            String sourceIp = conn.getRemoteSocketAddress().getAddress().getHostAddress();
            String event = WebSocketRouteEvents.connect(apiId, stage, connectionId, request.getResourceDescriptor(), headers, sourceIp);
            LambdaResponse answer = invoke("$connect", event);
            if (!(answer instanceof LambdaResponse.Success)) {
                System.err.println("[websocket] $connect refused the upgrade: the function failed: " + answer);
            }
            if (!accepted(answer)) {
                // API Gateway answers the upgrade with the route's status (401 here); this library can only fail the handshake.
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "Unauthorized");
            }
            conn.setAttachment(connectionId);
            connections.put(connectionId, new Connection(conn, Instant.now(), sourceIp, request.getFieldValue("User-Agent")));
            return response;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {}

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            String connectionId = conn.getAttachment();
            if (connectionId == null || connections.remove(connectionId) == null) {
                return;
            }
            String sourceIp = conn.getRemoteSocketAddress() == null ? "127.0.0.1" : conn.getRemoteSocketAddress().getAddress().getHostAddress();
            routeCalls.submit(() -> invoke("$disconnect", WebSocketRouteEvents.disconnect(apiId, stage, connectionId, code, reason, sourceIp)));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            String connectionId = conn.getAttachment();
            if (connectionId != null) {
                routeCalls.submit(() -> answer(conn, "$default",
                        invoke("$default", WebSocketRouteEvents.message(apiId, stage, connectionId, message, "127.0.0.1"))));
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                System.err.println("[websocket] server error: " + ex);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
