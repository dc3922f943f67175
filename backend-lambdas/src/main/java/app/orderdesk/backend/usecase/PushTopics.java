package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveSubscription;
import java.util.Set;

/**
 * The subscription keys a change is routed by: one order's status goes to the desks following that
 * order ({@code order#<id>}), to those showing every order ({@code orders}) and to the desks of the user
 * who placed it ({@code user#<sub>}, joined at connect); a stock change to those showing stock
 * ({@code stock}); a settings save to every signed-in desk ({@code settings}).
 */
public final class PushTopics {

    public static final String ORDERS = LiveSubscription.TOPIC_ORDERS;
    public static final String STOCK = LiveSubscription.TOPIC_STOCK;
    public static final String SETTINGS = LiveSubscription.TOPIC_SETTINGS;
    static final Set<String> NAMED = Set.of(ORDERS, STOCK, SETTINGS);
    private static final String ORDER_PREFIX = "order#";
    private static final String USER_PREFIX = "user#";

    private PushTopics() {}

    public static String order(String orderId) {
        return ORDER_PREFIX + orderId;
    }

    /** Every order a user placed: a desk's connection joins its user's topic at {@code $connect} (ADR 0037). */
    public static String user(String userId) {
        return USER_PREFIX + userId;
    }

    private static Set<String> orderedSet(String... topics) {
        return new java.util.LinkedHashSet<>(java.util.List.of(topics));
    }

    /** Where a change goes (in this order: a desk on several gets it once). */
    static Set<String> of(PushChanges.Change change) {
        return switch (change) {
            case PushChanges.OrderStatusChange c when c.placedBy() != null -> orderedSet(order(c.orderId()), ORDERS, user(c.placedBy()));
            case PushChanges.OrderStatusChange c -> Set.of(order(c.orderId()), ORDERS);
            case PushChanges.StockChange c -> Set.of(STOCK);
            case PushChanges.SettingsChange c -> Set.of(SETTINGS);
        };
    }
}
