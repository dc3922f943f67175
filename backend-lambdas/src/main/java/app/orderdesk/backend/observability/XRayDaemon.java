package app.orderdesk.backend.observability;

import app.orderdesk.backend.env.Env;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The X-Ray daemon that Lambda runs beside a function with active tracing: segment documents go to it by UDP at
 * {@code AWS_XRAY_DAEMON_ADDRESS} ({@code host:port}, or {@code tcp:host:port udp:host:port}), and it sends them
 * on to X-Ray with the function's role. Fire and forget: tracing never fails or slows an invocation.
 */
final class XRayDaemon {

    static final byte[] HEADER = "{\"format\": \"json\", \"version\": 1}\n".getBytes(StandardCharsets.US_ASCII);
    static final String ADDRESS_VARIABLE = "AWS_XRAY_DAEMON_ADDRESS";
    static final InetSocketAddress DEFAULT = new InetSocketAddress("127.0.0.1", 2000);

    /** Where documents go; a test points it at its own socket. */
    static volatile InetSocketAddress address = Env.optional(ADDRESS_VARIABLE).map(XRayDaemon::udpAddress).orElse(DEFAULT);

    private static final AtomicBoolean COMPLAINED = new AtomicBoolean();
    private static DatagramSocket socket;

    private XRayDaemon() {}

    static synchronized void send(byte[] datagram) {
        try {
            if (socket == null) {
                socket = new DatagramSocket(); // opened at the first traced call: after a SnapStart restore, not in the snapshot
            }
            socket.send(new DatagramPacket(datagram, datagram.length, address));
        } catch (IOException | RuntimeException e) {
            if (COMPLAINED.compareAndSet(false, true)) {
                Telemetry.LOG.warn("X-Ray subsegments are not sent: the daemon at {} is unreachable ({})", address, e.toString());
            }
        }
    }

    /** The UDP address of {@code 169.254.79.129:2000} or {@code tcp:127.0.0.1:2000 udp:127.0.0.1:2001}; the default if neither. */
    static InetSocketAddress udpAddress(String value) {
        for (String part : value.trim().split("\\s+")) {
            String hostAndPort = part.startsWith("udp:") ? part.substring(4) : part.startsWith("tcp:") ? null : part;
            if (hostAndPort == null) {
                continue;
            }
            int colon = hostAndPort.lastIndexOf(':');
            if (colon > 0 && hostAndPort.substring(colon + 1).matches("[0-9]{1,5}")) {
                int port = Integer.parseInt(hostAndPort.substring(colon + 1));
                if (port > 0 && port <= 65_535) {
                    return new InetSocketAddress(hostAndPort.substring(0, colon), port);
                }
            }
        }
        return DEFAULT;
    }
}
