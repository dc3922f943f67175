package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.fakes.InMemoryPushConnections;
import app.orderdesk.backend.port.IdTokenVerifier;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Opening a live-updates connection, subscribing, and pushing each change only to its subscribers. */
class LiveUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final InMemoryPushConnections connections = new InMemoryPushConnections();
    private final SubscribeToPush subscribe = new SubscribeToPush(connections, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> sent = new ArrayList<>();
    private final PushChannel channel = (id, message) -> {
        if (id.startsWith("gone")) {
            return false;
        }
        sent.add(id + " " + message.type() + " " + (message.status() != null ? message.orderId() + " " + message.status() : message.productId()));
        return true;
    };
    private final PushChanges push = new PushChanges(connections, channel);

    @Test
    void aValidTokenOpensAConnectionUntilApiGatewaysTwoHourLimit() {
        OpenPushConnection open = new OpenPushConnection(token -> "good".equals(token)
                ? Optional.of(new IdTokenVerifier.VerifiedUser("u-1", "ada@example.test", List.of("staff"))) : Optional.empty(),
                connections, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(open.execute("c-1", "good")).isTrue();
        assertThat(open.execute("c-2", "forged")).isFalse();
        assertThat(open.execute("c-3", null)).isFalse();

        assertThat(connections.byId.keySet()).containsExactly("c-1");
        assertThat(connections.byId.get("c-1").expiresAt()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(connections.byId.get("c-1").groups()).containsExactly("staff");
        assertThat(connections.subscribers(Set.of("user#u-1")).get("user#u-1")).as("joined its user's topic").containsExactly("c-1");
    }

    // h-v: a desk follows the orders its user placed without subscribing to each, and is pushed what it shows.
    @Test
    void anOrdersChangeReachesItsPlacersDesksWithoutASubscriptionCarryingWhatTheDeskShows() {
        OpenPushConnection open = new OpenPushConnection(token -> Optional.of(new IdTokenVerifier.VerifiedUser(token, token + "@example.test",
                List.of("staff"))), connections, Clock.fixed(NOW, ZoneOffset.UTC));
        open.execute("ada-till", "ada");
        open.execute("ada-office", "ada");
        open.execute("bob-till", "bob");
        List<PushChannel.Message> messages = new ArrayList<>();
        PushChanges push = new PushChanges(connections, (id, message) -> {
            sent.add(id + " " + message.orderId() + " " + message.status());
            messages.add(message);
            return true;
        });
        WorkflowStep step = WorkflowStep.succeeded("GenerateReceipt", 1, NOW.minusMillis(30), NOW);

        push.execute(List.of(PushChanges.OrderStatusChange.of(
                new OrderChange("o-1", "ada", OrderStatus.RECEIPT_READY, null, NOW, List.of(step), true))));

        assertThat(sent).containsExactlyInAnyOrder("ada-till o-1 RECEIPT_READY", "ada-office o-1 RECEIPT_READY");
        assertThat(messages.getFirst()).isEqualTo(new PushChannel.Message("ORDER_STATUS", "o-1", "RECEIPT_READY", null, NOW, null, NOW,
                List.of(new PushChannel.Step("GenerateReceipt", "SUCCEEDED", NOW.minusMillis(30), NOW, 30L, 1, null, null, null, java.util.Map.of())), true,
                null, null));
        assertThat(connections.subscriberReads).as("still one read of the subscriptions per batch").isEqualTo(1);
    }

    @Test
    void eightDesksOneFollowingTheOrderOnlyThatOneGetsItsStatuses() {
        for (int i = 1; i <= 8; i++) {
            connections.open(connection("desk-" + i));
        }
        subscribed("desk-3", List.of("o-1"), List.of());
        subscribed("desk-5", List.of("o-2"), List.of());

        int delivered = push.execute(List.of(
                new PushChanges.OrderStatusChange("o-1", OrderStatus.RESERVED, NOW),
                new PushChanges.OrderStatusChange("o-1", OrderStatus.PAID, NOW.plusMillis(5))));

        assertThat(sent).containsExactly("desk-3 ORDER_STATUS o-1 RESERVED", "desk-3 ORDER_STATUS o-1 PAID");
        assertThat(delivered).isEqualTo(2);
        assertThat(connections.subscriberReads).as("one read of the subscriptions per batch").isEqualTo(1);
    }

    @Test
    void theOrdersTopicGetsEveryStatusAndTheStockTopicEveryStockChangeEachDeskOnce() {
        connections.open(connection("dashboard"));
        connections.open(connection("inventory"));
        connections.open(connection("tracker"));
        subscribed("dashboard", List.of("o-1"), List.of(LiveSubscription.TOPIC_ORDERS, LiveSubscription.TOPIC_STOCK));
        subscribed("inventory", List.of(), List.of(LiveSubscription.TOPIC_STOCK));
        subscribed("tracker", List.of("o-1"), List.of());

        push.execute(List.of(new PushChanges.OrderStatusChange("o-1", OrderStatus.PAID, NOW),
                new PushChanges.OrderStatusChange("o-9", OrderStatus.PAID, NOW),
                new PushChanges.StockChange("p-1", NOW)));

        assertThat(sent).containsExactlyInAnyOrder(
                "dashboard ORDER_STATUS o-1 PAID", "dashboard ORDER_STATUS o-9 PAID", "dashboard STOCK p-1",
                "tracker ORDER_STATUS o-1 PAID",
                "inventory STOCK p-1");
    }

    @Test
    void anUnsubscribedOrderAndAClosedDeskGetNothingAndAGoneOneIsForgotten() {
        connections.open(connection("desk-a"));
        connections.open(connection("gone-b"));
        connections.open(connection("desk-c"));
        subscribed("desk-a", List.of("o-1"), List.of());
        subscribed("gone-b", List.of("o-1"), List.of());
        subscribed("desk-c", List.of("o-1"), List.of());
        assertThat(subscribe.execute("desk-c", LiveSubscription.unsubscribe(List.of("o-1"), List.of())))
                .isInstanceOf(SubscribeToPush.Answered.class);

        push.execute(List.of(new PushChanges.OrderStatusChange("o-1", OrderStatus.PAID, NOW)));

        assertThat(sent).containsExactly("desk-a ORDER_STATUS o-1 PAID");
        assertThat(connections.byId.keySet()).containsExactlyInAnyOrder("desk-a", "desk-c");
        assertThat(connections.subscribers(Set.of(PushTopics.order("o-1"))).get(PushTopics.order("o-1"))).containsExactly("desk-a");
    }

    @Test
    void aSubscribeIsAnsweredWithWhatWasAskedOnceStored() {
        connections.open(connection("desk-a"));
        SubscribeToPush.Outcome outcome = subscribe.execute("desk-a", LiveSubscription.subscribe(List.of("o-1"), List.of("stock")));

        assertThat(outcome).isEqualTo(new SubscribeToPush.Answered(LiveSubscription.answered("subscribe", List.of("o-1"), List.of("stock"))));
        assertThat(connections.subscribers(Set.of("order#o-1", "stock"))).containsOnlyKeys("order#o-1", "stock");
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheFieldAndPingsIgnored() {
        connections.open(connection("desk-a"));
        assertThat(subscribe.execute("desk-a", LiveSubscription.subscribe(List.of("o 1; drop"), List.of())))
                .isEqualTo(new SubscribeToPush.Refused("orders", "an order id is 1 to 64 letters, digits, '-' or '_'"));
        assertThat(subscribe.execute("desk-a", LiveSubscription.subscribe(List.of(), List.of("everything"))))
                .isInstanceOfSatisfying(SubscribeToPush.Refused.class, r -> assertThat(r.field()).isEqualTo("topics"));
        assertThat(subscribe.execute("desk-a", LiveSubscription.subscribe(List.of(), List.of())))
                .isInstanceOfSatisfying(SubscribeToPush.Refused.class, r -> assertThat(r.field()).isEqualTo("orders"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= LiveSubscription.MAX_ORDERS; i++) {
            many.add("o-" + i);
        }
        assertThat(subscribe.execute("desk-a", LiveSubscription.subscribe(many, List.of())))
                .isInstanceOfSatisfying(SubscribeToPush.Refused.class, r -> assertThat(r.field()).isEqualTo("orders"));
        assertThat(subscribe.execute("closed", LiveSubscription.subscribe(List.of("o-1"), List.of())))
                .isInstanceOfSatisfying(SubscribeToPush.Refused.class, r -> assertThat(r.field()).isEqualTo("connectionId"));
        assertThat(subscribe.execute("desk-a", new LiveSubscription("ping", null, null, null))).isInstanceOf(SubscribeToPush.Ignored.class);
        assertThat(connections.subscribers(Set.of("order#o-1", "stock", "everything"))).isEmpty();
    }

    @Test
    void nothingToPushTouchesNoConnection() {
        connections.open(connection("desk-a"));
        assertThat(new PushChanges(connections, (id, m) -> { throw new AssertionError("nothing to send"); }).execute(List.of())).isZero();
        assertThat(connections.subscriberReads).isZero();
    }

    private void subscribed(String connectionId, List<String> orders, List<String> topics) {
        assertThat(subscribe.execute(connectionId, LiveSubscription.subscribe(orders, topics))).isInstanceOf(SubscribeToPush.Answered.class);
    }

    private static PushConnections.Connection connection(String id) {
        return new PushConnections.Connection(id, "u-" + id, null, List.of(), NOW, NOW.plusSeconds(7200));
    }
}
