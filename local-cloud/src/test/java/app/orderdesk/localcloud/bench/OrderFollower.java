package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a desk follows its order until a final status, the way the app does. Pluggable so strategies can
 * be measured with the same load: {@link #BY_NAME}, picked with {@code -Dbench.follow=NAME}. One instance
 * serves every desk of a run (the desks call it concurrently).
 */
interface OrderFollower {

    Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "PAYMENT_DECLINED", "FAILED", "CANCELLED");

    /**
     * What the desk ended with: the order as last read in a final status, and when (epoch ms, the clock the
     * functions stamp {@code updatedAt} with) the desk could first show that final status.
     */
    record Followed(JsonNode order, long shownAtMillis, boolean shownByPush) {}

    /** Before the desk's first order (the app connects its live socket at sign-in); nothing by default. */
    default void connect(DeskClient desk) throws Exception {}

    /** Returns the order as last seen in a final status (null if it did not end within the deadline). */
    Followed follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception;

    /** The default: the app today (push, slow polling as fallback). */
    String DEFAULT = "push";

    /** The strategies known by name: {@code push} is the app since ADR 0015; {@code polling} the app before it. */
    Map<String, Supplier<OrderFollower>> BY_NAME = Map.of("push", PushFollower::new, "polling", PollingFollower::new);

    static OrderFollower named(String name) {
        Supplier<OrderFollower> follower = BY_NAME.get(name);
        if (follower == null) {
            throw new IllegalArgumentException("unknown follow strategy " + name + "; known: " + BY_NAME.keySet());
        }
        return follower.get();
    }
}
