package app.orderdesk.backend.entrypoint;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A SnapStart runtime hook: before Lambda takes the snapshot of an initialised function, runs the
 * handler's own priming (a request through its parsing, routing and JSON writing that sends nothing
 * over the network), so the classes and JIT work of a first request are in the snapshot and a restored
 * function does not pay for them. On a JVM without CRaC (tests, the local cloud) registering is a no-op.
 *
 * <p>The CRaC context holds resources weakly: the handler keeps the returned hook in a field.
 */
public final class SnapStartPriming implements Resource {

    private final Runnable priming;

    private SnapStartPriming(Runnable priming) {
        this.priming = priming;
    }

    /** Registers {@code priming} to run before the snapshot; keep the result for the handler's lifetime. */
    public static SnapStartPriming register(Runnable priming) {
        SnapStartPriming hook = new SnapStartPriming(priming);
        Core.getGlobalContext().register(hook);
        return hook;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        priming.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the SDK clients resolve credentials per request, and no connection is opened while priming.
    }
}
