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
        stopped.await();
    }
}
