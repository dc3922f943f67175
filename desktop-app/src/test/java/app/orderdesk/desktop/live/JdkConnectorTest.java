package app.orderdesk.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Session 31: signing out while the live-updates socket was still being opened cancelled the connect (an interrupt),
 * but the handshake finished anyway and nobody held the socket: it stayed open on the old user's token until the
 * server dropped it. Here a loopback server answers the handshake late and reports what the client did with it.
 */
class JdkConnectorTest {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    @Test
    void aHandshakeThatCompletesAfterTheConnectWasCancelledClosesItsSocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // The server on a thread of its own: on the common pool (one thread on 2 cores) it starved the HTTP
            // client's own completion steps, which run there, and the socket could not open at all.
            CompletableFuture<String> afterHandshake = new CompletableFuture<>();
            Thread serving = new Thread(() -> afterHandshake.complete(answerLateAndWatch(server)), "late-websocket-server");
            serving.setDaemon(true);
            serving.start();
            URI url = URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/v1?token=old-user");
            Thread connecting = new Thread(() -> {
                try {
                    LiveUpdates.jdkConnector().connect(url, new WebSocket.Listener() { });
                } catch (Exception expected) {
                    // interrupted: the sign-out
                }
            });
            connecting.start();
            Thread.sleep(300); // the handshake is under way
            connecting.interrupt(); // what the executor's cancel does at sign-out
            connecting.join(5_000);

            assertThat(afterHandshake.get(15, TimeUnit.SECONDS)).isEqualTo("closed by the client");
        }
    }

    /** Answers the upgrade after 1.5 s, then waits up to 6 s for the client to close (end of stream or a close frame). */
    private static String answerLateAndWatch(ServerSocket server) {
        try (Socket client = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            String key = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring("sec-websocket-key:".length()).trim();
                }
            }
            Thread.sleep(1_500);
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1)));
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            client.setSoTimeout(6_000);
            int first = client.getInputStream().read();
            return first == -1 || first == 0x88 ? "closed by the client" : String.format("the client sent 0x%02x", first);
        } catch (SocketTimeoutException stillOpen) {
            return "still open 6 s after the connect was cancelled";
        } catch (Exception e) {
            return "server failed: " + e;
        }
    }
}
