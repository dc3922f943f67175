package app.orderdesk.localcloud.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one Node process that runs the five npm emulators: started from {@code local-cloud/emulators},
 * stopped with its whole process tree, and restartable on the same ports and data directory.
 */
public final class EmulatorProcess implements AutoCloseable {

    /** The same dummy key pair is registered on s3rver and used by every SDK client. */
    public static final String ACCESS_KEY_ID = "LOCALCLOUD";
    public static final String SECRET_ACCESS_KEY = "local-cloud-secret";

    /** Runs {@link NpmInstaller#BUNDLE} with V8's code cache (ADR 0060). */
    static final String CODE_CACHE_LOADER = "start.cjs";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final int STDERR_TAIL_LINES = 40;
    /** In a holder: loaded when the ready line is read, not before Node is spawned. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path emulatorsDir;
    private final Path dataDir;
    private final EmulatorPorts ports;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    /** The launcher's one-line answers to control lines ({@code {"control":...}}), for callers that wait for them. */
    private final java.util.concurrent.BlockingQueue<String> controlAnswers = new java.util.concurrent.LinkedBlockingQueue<>();
    private Process process;
    private Thread stderrPump;
    private final Thread shutdownHook = new Thread(this::stop, "local-cloud-emulators-stop");

    public EmulatorProcess(Path emulatorsDir, Path dataDir, EmulatorPorts ports) {
        this.emulatorsDir = emulatorsDir;
        this.dataDir = dataDir;
        this.ports = ports;
    }

    /** Installs the packages if needed, starts Node and returns once every port listens. */
    public synchronized EmulatorEndpoints start() {
        if (process != null && process.isAlive()) {
            return endpoints();
        }
        app.orderdesk.localcloud.trace.BootTrace.at("emulators.start");
        NpmInstaller.ensureInstalled(emulatorsDir);
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            app.orderdesk.localcloud.trace.BootTrace.at("spawning node");
            process = new ProcessBuilder(NpmInstaller.node(), "--openssl-legacy-provider", entry(System::getenv), config.toString())
                    .directory(emulatorsDir.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node (is Node.js 20+ on the PATH?): " + e.getMessage(), e);
        }
        stderrPump = pumpStderr(process.getErrorStream());
        awaitReady(process.getInputStream());
        registerShutdownHook();
        return endpoints();
    }

    /**
     * The bundle (ADR 0056) through {@code start.cjs}, which keeps V8's code for it between starts (ADR 0060).
     * To measure side by side ({@code local-cloud/bench/second-start.sh}): {@code ORDERDESK_EMULATORS_CODE_CACHE=0}
     * runs the bundle itself, compiled at every start; {@code ORDERDESK_EMULATORS_UNBUNDLED=1} runs the source as
     * it is, each package loaded from node_modules.
     */
    static String entry(java.util.function.UnaryOperator<String> environment) {
        if ("1".equals(environment.apply("ORDERDESK_EMULATORS_UNBUNDLED"))) {
            return "emulators.mjs";
        }
        return "0".equals(environment.apply("ORDERDESK_EMULATORS_CODE_CACHE")) ? NpmInstaller.BUNDLE : CODE_CACHE_LOADER;
    }

    /** Stops the emulators and starts them again on the same ports; DynamoDB and S3 data survive. */
    public synchronized EmulatorEndpoints restart() {
        stop();
        return start();
    }

    /** Kills Node and anything it spawned: polite first, then forcibly. */
    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        try {
            running.getOutputStream().close(); // the launcher exits when its stdin closes
        } catch (IOException ignored) {
            // the pipe is already gone, which is what we want
        }
        running.descendants().forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            if (!running.waitFor(3, TimeUnit.SECONDS)) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    // ---------- fault injection: one emulator at a time (tests) ----------

    /** Takes one emulator off the network (connection refused); the others keep running. */
    public synchronized void stopService(EmulatorFaults.Service service) {
        control(service, false);
    }

    /** Brings a stopped emulator back on its port, with the state it had. */
    public synchronized void startService(EmulatorFaults.Service service) {
        control(service, true);
    }

    private void control(EmulatorFaults.Service service, boolean up) {
        try {
            EmulatorFaults.send(process, ports, service, up);
        } catch (IllegalStateException e) {
            String exit = process != null && !process.isAlive() ? " (node exited with " + process.exitValue() + ")" : "";
            throw new IllegalStateException(e.getMessage() + exit + ". Node stderr (last lines):\n" + stderrTail(), e);
        }
    }

    // ---------- fault injection: freeze the whole process (tests) ----------

    /**
     * Freezes the Node process (SIGSTOP): every emulator keeps its sockets open but answers nothing,
     * as a stalled host or a long GC pause would. Callers' requests hang until {@link #thaw()}.
     */
    public synchronized void freeze() {
        Process node = running();
        announceFaults(node);
        EmulatorFaults.signal(node, "STOP");
    }

    /** Tells the launcher faults are coming and waits for its answer, so it is set before the process stops. */
    private void announceFaults(Process node) {
        controlAnswers.clear();
        try {
            node.getOutputStream().write("faults on\n".getBytes(StandardCharsets.UTF_8));
            node.getOutputStream().flush();
            String answer = controlAnswers.poll(10, TimeUnit.SECONDS);
            if (answer == null || !answer.contains("\"ok\":true")) {
                throw new IllegalStateException("the emulator launcher did not acknowledge 'faults on': " + answer);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the emulator launcher: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lets a frozen Node process run again (SIGCONT); queued requests are then answered. */
    public synchronized void thaw() {
        EmulatorFaults.signal(running(), "CONT");
    }

    private Process running() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("the emulators are not running");
        }
        return process;
    }

    public EmulatorEndpoints endpoints() {
        return EmulatorEndpoints.of(ports);
    }

    public EmulatorPorts ports() {
        return ports;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // the JVM is already shutting down, or the hook was never registered
        }
    }

    /**
     * Written by hand, not with Jackson: this runs before Node is spawned, and Node's start is the longest
     * part of the cloud's; Jackson's first mapper (loaded meanwhile by the JVM's own set-up) is not worth waiting for.
     */
    private Path writeConfig() throws IOException {
        String config = "{\n  \"ports\": {\"dynamodb\": " + ports.dynamoDb() + ", \"s3\": " + ports.s3()
                + ", \"cognito\": " + ports.cognito() + ", \"ses\": " + ports.ses() + ", \"sns\": " + ports.snsSqs() + "},\n"
                + "  \"dataDir\": " + jsonString(dataDir.toAbsolutePath().toString()) + ",\n"
                + "  \"accessKeyId\": " + jsonString(ACCESS_KEY_ID) + ",\n"
                + "  \"secretAccessKey\": " + jsonString(SECRET_ACCESS_KEY) + ",\n"
                + "  \"persistDynamoDb\": true\n}\n";
        Path file = dataDir.resolve("emulators.json");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private void awaitReady(InputStream stdout) {
        CompletableFuture<JsonNode> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (!ready.isDone() && line.startsWith("{") && line.contains("\"ready\"")) {
                        ready.complete(Json.MAPPER.readTree(line));
                    } else if (line.startsWith("{\"control\"")) {
                        controlAnswers.offer(line);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("the emulators exited before they were ready"));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "local-cloud-emulators-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            String why = e instanceof TimeoutException ? "not ready within " + READY_TIMEOUT.toSeconds() + " s" : e.getCause().getMessage();
            stop();
            awaitStderr(); // so the message carries Node's last words, not half of them
            throw new IllegalStateException("The local emulators failed to start (" + why + "). Node stderr (last lines):\n" + stderrTail(), e);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the emulators", e);
        }
    }

    private void awaitStderr() {
        try {
            stderrPump.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Thread pumpStderr(InputStream stderr) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (stderrTail) {
                        if (stderrTail.size() == STDERR_TAIL_LINES) {
                            stderrTail.removeFirst();
                        }
                        stderrTail.addLast(line);
                    }
                    if (Boolean.getBoolean("orderdesk.emulators.verbose")) {
                        System.err.println("[emulators] " + line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "local-cloud-emulators-stderr");
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    /** The last lines Node wrote to stderr, for error messages. */
    public String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    private void registerShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
