package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.InMemoryPushConnections;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import app.orderdesk.backend.port.ReceiptStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 0053: the push that says COMPLETED carries the receipt's presigned URL; no other push does. */
class ReceiptLinkInPushTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(300);

    private final InMemoryPushConnections connections = new InMemoryPushConnections();
    private final List<PushChannel.Message> sent = new ArrayList<>();
    private final List<String> presigned = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private int storesBuilt;

    private final ReceiptStore store = new Signer() {
        @Override
        public URI presign(String key, String fileName, Duration lifetime) {
            presigned.add(key + " " + lifetime.toSeconds());
            return new Fakes.Receipts().presign(key, fileName, lifetime);
        }
    };

    /** Only presigning is asked of the store here. */
    private interface Signer extends ReceiptStore {
        @Override
        default void put(String key, byte[] pdf) {
            throw new AssertionError("a push writes no receipt");
        }

        @Override
        default byte[] get(String key) {
            throw new AssertionError("a push reads no receipt");
        }
    }

    private PushChanges push(ReceiptStore receipts) {
        return new PushChanges(connections, (id, message) -> sent.add(message), () -> {
            storesBuilt++;
            return receipts;
        }, Clock.fixed(NOW, ZoneOffset.UTC), TTL, failures::add);
    }

    @Test
    void theCompletedChangeCarriesItsReceiptsPresignedUrlAndWhenItExpires() {
        placersDesk();

        push(store).execute(List.of(change("o-1", OrderStatus.COMPLETED, true)));

        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("COMPLETED");
            assertThat(m.receiptUrl()).isEqualTo("http://127.0.0.1:9000/receipts-bucket/receipts/o-1.pdf?X-Amz-Expires=300");
            assertThat(m.receiptUrlExpiresAt()).isEqualTo(NOW.plus(TTL));
        });
        assertThat(presigned).as("signed once, for the receipt's key, for the receipt route's lifetime")
                .containsExactly("receipts/o-1.pdf 300");
    }

    @Test
    void noOtherChangeCarriesAUrlNorIsAnythingSignedForIt() {
        placersDesk();

        push(store).execute(List.of(
                change("o-1", OrderStatus.PAID, false),
                change("o-1", OrderStatus.RECEIPT_READY, true),
                change("o-1", OrderStatus.COMPLETED, false),
                change("o-1", OrderStatus.PARTIALLY_REFUNDED, true),
                new PushChanges.OrderStatusChange("o-1", OrderStatus.COMPLETED, NOW)));

        assertThat(sent).hasSize(5).allSatisfy(m -> {
            assertThat(m.receiptUrl()).isNull();
            assertThat(m.receiptUrlExpiresAt()).isNull();
        });
        assertThat(presigned).isEmpty();
        assertThat(storesBuilt).as("the store is never built for them").isZero();
    }

    @Test
    void aCompletedChangeNobodyFollowsIsNotSigned() {
        push(store).execute(List.of(change("o-1", OrderStatus.COMPLETED, true)));

        assertThat(sent).isEmpty();
        assertThat(presigned).isEmpty();
    }

    @Test
    void aLinkThatCannotBeMadeLeavesTheChangeToGoWithoutIt() {
        placersDesk();
        ReceiptStore broken = new Signer() {
            @Override
            public URI presign(String key, String fileName, Duration lifetime) {
                throw new IllegalStateException("no signing credentials");
            }
        };

        int delivered = push(broken).execute(List.of(change("o-1", OrderStatus.COMPLETED, true)));

        assertThat(delivered).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("COMPLETED");
            assertThat(m.receiptUrl()).isNull();
            assertThat(m.receiptUrlExpiresAt()).isNull();
        });
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("no signing credentials"));
    }

    @Test
    void aStoreThatCannotBeBuiltLeavesTheChangeToGoWithoutIt() {
        placersDesk();
        PushChanges push = new PushChanges(connections, (id, message) -> sent.add(message), () -> {
            throw new IllegalStateException("RECEIPTS_BUCKET is not set");
        }, Clock.fixed(NOW, ZoneOffset.UTC), TTL, failures::add);

        assertThat(push.execute(List.of(change("o-1", OrderStatus.COMPLETED, true)))).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(m -> assertThat(m.receiptUrl()).isNull());
        assertThat(failures).hasSize(1);
    }

    private void placersDesk() {
        connections.open(new PushConnections.Connection("ada-till", "ada", null, List.of(), NOW, NOW.plusSeconds(7200)));
        connections.subscribe("ada-till", java.util.Set.of(PushTopics.user("ada"), PushTopics.order("o-1")), NOW);
    }

    private static PushChanges.OrderStatusChange change(String orderId, OrderStatus status, boolean receipt) {
        return PushChanges.OrderStatusChange.of(new OrderChange(orderId, "ada", status, null, NOW, List.of(), receipt));
    }
}
