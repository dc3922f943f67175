package app.orderdesk.backend.usecase;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.backend.port.PushConnections;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A desk says what it shows ({@code $default} route): the orders it follows and the lists it has open.
 * The answer is sent only once the subscription is stored, so a desk that reads after the answer cannot
 * miss a change (ADR 0033). Anything else it sends (keep-alive pings) needs no answer.
 */
public final class SubscribeToPush {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final PushConnections connections;
    private final Clock clock;

    public SubscribeToPush(PushConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    public sealed interface Outcome permits Answered, Refused, Ignored {}

    /** Stored: send this back. */
    public record Answered(LiveSubscription answer) implements Outcome {}

    /** Bad input: {@code field} names what was wrong (a 400 with the JSON error shape). */
    public record Refused(String field, String message) implements Outcome {}

    /** Not a subscription message (a ping): nothing to store or answer. */
    public record Ignored() implements Outcome {}

    public Outcome execute(String connectionId, LiveSubscription request) {
        if (request == null || !(LiveSubscription.SUBSCRIBE.equals(request.action()) || LiveSubscription.UNSUBSCRIBE.equals(request.action()))) {
            return new Ignored();
        }
        if (request.orders().size() > LiveSubscription.MAX_ORDERS) {
            return new Refused("orders", "at most " + LiveSubscription.MAX_ORDERS + " orders in one message");
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String orderId : request.orders()) {
            if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
                return new Refused("orders", "an order id is 1 to 64 letters, digits, '-' or '_'");
            }
            topics.add(PushTopics.order(orderId));
        }
        for (String topic : request.topics()) {
            if (!PushTopics.NAMED.contains(topic)) {
                return new Refused("topics", "a topic is one of " + List.copyOf(new java.util.TreeSet<>(PushTopics.NAMED)));
            }
            topics.add(topic);
        }
        if (topics.isEmpty()) {
            return new Refused("orders", "name at least one order or topic");
        }
        if (LiveSubscription.SUBSCRIBE.equals(request.action())) {
            if (!connections.subscribe(connectionId, topics, clock.instant())) {
                return new Refused("connectionId", "this connection is closed");
            }
        } else {
            connections.unsubscribe(connectionId, topics);
        }
        return new Answered(LiveSubscription.answered(request.action(), request.orders(), request.topics()));
    }
}
