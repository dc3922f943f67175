package app.orderdesk.localcloud;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The command people run: starts the local cloud (fixed ports, data kept; {@code --ephemeral} for
 * free ports and throw-away data), prints how to use it, and runs until Ctrl-C.
 */
public final class LocalCloudMain {

    private LocalCloudMain() {}

    public static void main(String[] args) throws InterruptedException {
        app.orderdesk.localcloud.trace.BootTrace.at("main");
        boolean ephemeral = Arrays.asList(args).contains("--ephemeral");
        if (Arrays.stream(args).anyMatch(a -> !a.equals("--ephemeral"))) {
            System.err.println("usage: LocalCloudMain [--ephemeral]");
            System.exit(2);
        }
        LocalCloud cloud;
        try {
            cloud = LocalCloud.start(ephemeral ? LocalCloudOptions.ephemeral() : LocalCloudOptions.defaults());
        } catch (RuntimeException e) {
            System.err.println("The local cloud could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local cloud ...");
            cloud.close();
            stopped.countDown();
        }, "local-cloud-main-stop"));
        System.out.println(StartupBanner.render(cloud));
        System.out.println("Type 'reconcile' and Enter to run the reservation reconciler now (it runs every 15 minutes in AWS).");
        listenForCommands(cloud);
        stopped.await();
    }

    /** Reads commands from the console on a daemon thread; the process still ends only on Ctrl-C. */
    private static void listenForCommands(LocalCloud cloud) {
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.trim().equalsIgnoreCase("reconcile")) {
                        try {
                            System.out.println("reconcile: " + cloud.reconcileReservations());
                        } catch (RuntimeException e) {
                            System.out.println("reconcile failed: " + e.getMessage());
                        }
                    } else if (!line.isBlank()) {
                        System.out.println("unknown command '" + line.trim() + "'; known: reconcile");
                    }
                }
            } catch (java.io.IOException closed) {
                // no console: nothing to read
            }
        }, "local-cloud-commands");
        reader.setDaemon(true);
        reader.start();
    }
}
