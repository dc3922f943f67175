package app.orderdesk.desktop.live;

import app.orderdesk.api.LiveSubscription;
import java.util.Map;
import java.util.Set;

/**
 * Which push topics each screen needs while it is shown (ADR 0033): the dashboard's figures move with every order and
 * every stock change; the attention list and the Orders tab (ADR 0089) with every order; the inventory table and the
 * order form's lines and suggestions with every stock change. Other screens need none (order tracking subscribes to
 * its own order). Every screen also follows the store settings ({@code settings}, h-x).
 */
public final class ScreenTopics {

    public static final String INVENTORY_SCREEN = "inventoryTab";
    private static final Map<String, Set<String>> BY_SCREEN = Map.of(
            "dashboardTab", Set.of(LiveSubscription.TOPIC_ORDERS, LiveSubscription.TOPIC_STOCK),
            INVENTORY_SCREEN, Set.of(LiveSubscription.TOPIC_STOCK),
            // an order held for a retry, or left for people, joins the list as it happens (ADR 0074)
            "attentionTab", Set.of(LiveSubscription.TOPIC_ORDERS),
            // today's list adds the orders other desks place, and shows their statuses (ADR 0089)
            "ordersTab", Set.of(LiveSubscription.TOPIC_ORDERS),
            // the order being typed shows the stock left (another desk's sale) and warns on what is left
            "placeOrderTab", Set.of(LiveSubscription.TOPIC_STOCK));

    private ScreenTopics() {}

    public static Set<String> of(String screenId) {
        Set<String> screen = screenId == null ? Set.of() : BY_SCREEN.getOrDefault(screenId, Set.of());
        // h-x: every signed-in desk follows the store settings, whatever it shows (its order form's rates).
        Set<String> all = new java.util.TreeSet<>(screen);
        all.addAll(EVERY_SCREEN);
        return Set.copyOf(all);
    }

    /** h-x: the topics followed on every screen. */
    public static final Set<String> EVERY_SCREEN = Set.of(LiveSubscription.TOPIC_SETTINGS);
}
