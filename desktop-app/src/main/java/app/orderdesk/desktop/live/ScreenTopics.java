package app.orderdesk.desktop.live;

import app.orderdesk.api.LiveSubscription;
import java.util.Map;
import java.util.Set;

/**
 * Which push topics each screen needs while it is shown (ADR 0033): the dashboard's
 * figures move with every order and every stock change; the inventory table with every stock change.
 * Other screens need none (order tracking subscribes to its own order).
 */
public final class ScreenTopics {

    public static final String INVENTORY_SCREEN = "inventoryTab";
    private static final Map<String, Set<String>> BY_SCREEN = Map.of(
            "dashboardTab", Set.of(LiveSubscription.TOPIC_ORDERS, LiveSubscription.TOPIC_STOCK),
            INVENTORY_SCREEN, Set.of(LiveSubscription.TOPIC_STOCK));

    private ScreenTopics() {}

    public static Set<String> of(String screenId) {
        return screenId == null ? Set.of() : BY_SCREEN.getOrDefault(screenId, Set.of());
    }
}
