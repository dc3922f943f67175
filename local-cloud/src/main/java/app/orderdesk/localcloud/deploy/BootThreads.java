package app.orderdesk.localcloud.deploy;

import java.util.concurrent.Executor;

/**
 * Runs each start-up task on a thread of its own. The common pool has one worker on 2 cores (its parallelism is
 * the cores less one), and the start's tasks mostly wait — on Node, on an emulator's answer, on the disk — so there
 * they queued behind each other: the three list calls of a reused deploy ran one after the other, and a task that
 * waited without telling the pool (a sleep, not a future's get) held the only worker (ADR 0059).
 */
public final class BootThreads {

    public static final Executor EACH_ITS_OWN = task -> {
        Thread thread = new Thread(task, "local-cloud-boot");
        thread.setDaemon(true);
        thread.start();
    };

    private BootThreads() {}
}
