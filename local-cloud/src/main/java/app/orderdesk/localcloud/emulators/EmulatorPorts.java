package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** The loopback ports of the five emulators; fauxqs serves SNS and SQS on one port. */
public record EmulatorPorts(int dynamoDb, int s3, int cognito, int ses, int snsSqs) {

    private static final int LOWEST = 20_000;
    /** Ports handed out by this JVM, so two picks never collide with each other. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** Ports picked now and kept, so a restart of the emulators can bind the same ones again. */
    public static EmulatorPorts free() {
        return new EmulatorPorts(freePort(), freePort(), freePort(), freePort(), freePort());
    }

    /**
     * A port that was free a moment ago on 127.0.0.1, chosen BELOW the kernel's ephemeral range:
     * a port from that range (what {@code new ServerSocket(0)} gives) can be taken by any outgoing
     * connection between the pick and the moment Node binds it, which made start-ups fail with
     * EADDRINUSE now and then.
     */
    public static int freePort() {
        int highest = ephemeralRangeStart() - 1;
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!HANDED_OUT.contains(candidate) && isFree(candidate) && HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free loopback port between " + LOWEST + " and " + highest);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default; other systems start theirs higher still
        }
    }
}
