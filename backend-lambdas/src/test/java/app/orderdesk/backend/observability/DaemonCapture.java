package app.orderdesk.backend.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for Lambda's X-Ray daemon in tests: a UDP socket on loopback that the functions' documents are sent to
 * while {@link #during} runs, with the runtime's trace header set as the Java runtime sets it. Each datagram is
 * checked for the daemon's header line and parsed; what the daemon would receive is what the test sees.
 */
public final class DaemonCapture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DaemonCapture() {}

    /** Runs {@code code} with {@code header} as the invocation's trace header (null: none) and returns the documents sent. */
    public static List<JsonNode> during(String header, Runnable code) {
        InetSocketAddress before = XRayDaemon.address;
        String previousHeader = System.getProperty(TraceHeader.PROPERTY);
        try (DatagramSocket daemon = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            XRayDaemon.address = (InetSocketAddress) daemon.getLocalSocketAddress();
            setOrClear(header);
            try {
                code.run();
            } finally {
                setOrClear(previousHeader);
                XRayDaemon.address = before;
            }
            return received(daemon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> received(DatagramSocket daemon) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        daemon.setSoTimeout(200); // sent before code.run() returned; loopback delivers at once
        byte[] buffer = new byte[65_536];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                daemon.receive(packet);
            } catch (SocketTimeoutException done) {
                return documents;
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            String header = "{\"format\": \"json\", \"version\": 1}\n";
            if (!text.startsWith(header)) {
                throw new AssertionError("not a daemon datagram: " + text);
            }
            documents.add(JSON.readTree(text.substring(header.length())));
        }
    }

    private static void setOrClear(String header) {
        if (header == null) {
            System.clearProperty(TraceHeader.PROPERTY);
        } else {
            System.setProperty(TraceHeader.PROPERTY, header);
        }
    }
}
