package app.orderdesk.api;

import java.util.List;

/**
 * What a desk tells the WebSocket API it shows ({@code $default} route), and the server's answer. A desk
 * sends {@code {"action":"subscribe","orders":[ids],"topics":["orders","stock"]}} (or {@code "unsubscribe"})
 * and receives {@code {"type":"SUBSCRIBED",...}} with what it asked for once the subscription is stored: a
 * read made after that answer cannot miss a change pushed after it (ADR 0033). Pushes then
 * reach only the connections subscribed to the order ({@code orders}) or to the topic: {@link #TOPIC_ORDERS}
 * every order's status (dashboard, orders list), {@link #TOPIC_STOCK} every stock change (inventory).
 */
public record LiveSubscription(String action, String type, List<String> orders, List<String> topics) {

    public static final String SUBSCRIBE = "subscribe";
    public static final String UNSUBSCRIBE = "unsubscribe";
    /** The answer's type once a subscribe or unsubscribe is stored. */
    public static final String SUBSCRIBED = "SUBSCRIBED";
    public static final String TOPIC_ORDERS = "orders";
    public static final String TOPIC_STOCK = "stock";
    /** h-x: every save of the store settings; every signed-in desk follows it (its order form's rates). */
    public static final String TOPIC_SETTINGS = "settings";
    /** At most this many order ids in one message (a desk follows a few orders at a time). */
    public static final int MAX_ORDERS = 25;

    public LiveSubscription {
        orders = orders == null ? List.of() : List.copyOf(orders);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public static LiveSubscription subscribe(List<String> orders, List<String> topics) {
        return new LiveSubscription(SUBSCRIBE, null, orders, topics);
    }

    public static LiveSubscription unsubscribe(List<String> orders, List<String> topics) {
        return new LiveSubscription(UNSUBSCRIBE, null, orders, topics);
    }

    public static LiveSubscription answered(String action, List<String> orders, List<String> topics) {
        return new LiveSubscription(action, SUBSCRIBED, orders, topics);
    }
}
