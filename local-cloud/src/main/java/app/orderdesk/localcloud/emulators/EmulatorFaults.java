package app.orderdesk.localcloud.emulators;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Fault injection for tests: takes ONE emulator (DynamoDB, S3 or SES) off the network and brings it
 * back, without touching the others. The Node launcher closes that emulator's listening socket and
 * drops its connections (callers see "connection refused", as after a crash) and later listens again
 * on the same port with the same state. Sent as a line on the launcher's stdin; see emulators.mjs.
 * {@link #signal} freezes and thaws the whole process instead (SIGSTOP/SIGCONT by pid).
 */
public final class EmulatorFaults {

    /** The emulators that can be stopped one at a time. */
    public enum Service { DYNAMODB, S3, SES }

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

    private EmulatorFaults() {}

    static void send(Process process, EmulatorPorts ports, Service service, boolean up) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("the emulators are not running");
        }
        String line = (up ? "start " : "stop ") + service.name().toLowerCase(Locale.ROOT) + "\n";
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write(line.getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the emulator launcher: " + e.getMessage(), e);
        }
        int port = port(ports, service);
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (listening(port) != up) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " did not " + (up ? "start" : "stop") + " within " + SETTLE_TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * Sends a job-control signal ({@code STOP} or {@code CONT}) to the process and everything it
     * spawned, by pid, with the system's {@code kill} (Java cannot send SIGSTOP itself).
     */
    static void signal(Process process, String signal) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("kill", "-" + signal, Long.toString(process.pid())));
        process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!kill.waitFor(SETTLE_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill -" + signal + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int port(EmulatorPorts ports, Service service) {
        return switch (service) {
            case DYNAMODB -> ports.dynamoDb();
            case S3 -> ports.s3();
            case SES -> ports.ses();
        };
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
