package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The loopback ports of the five emulators; fauxqs serves SNS and SQS on one port. */
public record EmulatorPorts(int dynamoDb, int s3, int cognito, int ses, int snsSqs) {

    /** Ports picked by the OS now, so a restart of the emulators can bind the same ones again. */
    public static EmulatorPorts free() {
        return new EmulatorPorts(freePort(), freePort(), freePort(), freePort(), freePort());
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
