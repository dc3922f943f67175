package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a desk follows its order until a final status, the way the app does. Pluggable so another
 * strategy (push over the WebSocket API) can be measured with the same load: add it to {@link #BY_NAME}
 * and run the suite with {@code -Dbench.follow=NAME}.
 */
interface OrderFollower {

    Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "PAYMENT_DECLINED", "FAILED", "CANCELLED");

    /** Returns the order as last seen in a final status (null if it did not end within the deadline). */
    JsonNode follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception;

    /** The strategies known by name; {@code polling} is today's app. */
    Map<String, Supplier<OrderFollower>> BY_NAME = Map.of("polling", PollingFollower::new);

    static OrderFollower named(String name) {
        Supplier<OrderFollower> follower = BY_NAME.get(name);
        if (follower == null) {
            throw new IllegalArgumentException("unknown follow strategy " + name + "; known: " + BY_NAME.keySet());
        }
        return follower.get();
    }
}
