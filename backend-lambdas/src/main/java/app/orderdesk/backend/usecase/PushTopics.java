package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveSubscription;
import java.util.Set;

/**
 * The subscription keys a change is routed by: one order's status goes to the desks following that
 * order ({@code order#<id>}) and to those showing every order ({@code orders}); a stock change to those
 * showing stock ({@code stock}); a settings save to every signed-in desk ({@code settings}).
 */
public final class PushTopics {

    public static final String ORDERS = LiveSubscription.TOPIC_ORDERS;
    public static final String STOCK = LiveSubscription.TOPIC_STOCK;
    public static final String SETTINGS = LiveSubscription.TOPIC_SETTINGS;
    static final Set<String> NAMED = Set.of(ORDERS, STOCK, SETTINGS);
    private static final String ORDER_PREFIX = "order#";

    private PushTopics() {}

    public static String order(String orderId) {
        return ORDER_PREFIX + orderId;
    }

    /** Where a change goes (in this order: a desk on several gets it once). */
    static Set<String> of(PushChanges.Change change) {
        return switch (change) {
            case PushChanges.OrderStatusChange c -> Set.of(order(c.orderId()), ORDERS);
            case PushChanges.StockChange c -> Set.of(STOCK);
            case PushChanges.SettingsChange c -> Set.of(SETTINGS);
        };
    }
}
