package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.IdTokenVerifier;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opening a live-updates connection, and pushing changes to every open one. */
class LiveUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final Connections connections = new Connections();

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
    }

    @Test
    void everyOpenConnectionGetsEveryChangeAndAGoneOneIsForgotten() {
        connections.open(connection("desk-a"));
        connections.open(connection("gone"));
        connections.open(connection("desk-b"));
        List<String> sent = new ArrayList<>();
        PushChannel channel = (id, message) -> {
            if (id.equals("gone")) {
                return false;
            }
            sent.add(id + " " + message.type() + " " + (message.status() != null ? message.status() : message.productId()));
            return true;
        };

        int delivered = new PushChanges(connections, channel).execute(List.of(
                new PushChanges.OrderStatusChange("o-1", OrderStatus.PAID, NOW),
                new PushChanges.StockChange("p-1", NOW)));

        assertThat(sent).containsExactly("desk-a ORDER_STATUS PAID", "desk-a STOCK p-1", "desk-b ORDER_STATUS PAID", "desk-b STOCK p-1");
        assertThat(delivered).isEqualTo(4);
        assertThat(connections.byId.keySet()).containsExactlyInAnyOrder("desk-a", "desk-b");
    }

    @Test
    void nothingToPushTouchesNoConnection() {
        connections.open(connection("desk-a"));
        assertThat(new PushChanges(connections, (id, m) -> { throw new AssertionError("nothing to send"); }).execute(List.of())).isZero();
    }

    private static PushConnections.Connection connection(String id) {
        return new PushConnections.Connection(id, "u-" + id, null, List.of(), NOW, NOW.plusSeconds(7200));
    }

    private static final class Connections implements PushConnections {
        final Map<String, Connection> byId = new LinkedHashMap<>();

        @Override public void open(Connection connection) { byId.put(connection.connectionId(), connection); }

        @Override public void close(String connectionId) { byId.remove(connectionId); }

        @Override public List<Connection> all() { return List.copyOf(byId.values()); }
    }

}
