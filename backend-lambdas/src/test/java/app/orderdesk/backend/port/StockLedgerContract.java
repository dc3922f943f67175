package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockLedger.ApplyOutcome;
import app.orderdesk.backend.port.StockLedger.DeltaOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StockLedger} does, the in-memory fake and the DynamoDB adapter alike: the count
 * and the parked movement change together or not at all, a retry of an applied movement changes
 * nothing, a decrease never takes the count below zero.
 */
public abstract class StockLedgerContract {

    protected abstract StockLedger ledger();

    /** Creates the product with this many available. */
    protected abstract void seed(Product product, long available);

    /** The product's available count as its store holds it. */
    protected abstract long available(String productId);

    private String product(long available) {
        String id = "contract-" + UUID.randomUUID();
        seed(new Product(id, "SKU-" + id.substring(9, 17), "Contract product", Money.ofCents(100), 2), available);
        return id;
    }

    private static StockMovement movement(String productId, long delta, Long before, Long after) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new StockMovement(productId, at + "#" + UUID.randomUUID(), "COUNT", delta, before, after, null, "mia", "shelf count", at);
    }

    @Test
    void applySetsTheCountFromBeforeToAfterAndParksTheMovement() {
        String product = product(10);
        StockMovement counted = movement(product, 2, 10L, 12L);

        assertThat(ledger().apply(counted)).isEqualTo(new ApplyOutcome.Applied());

        assertThat(available(product)).isEqualTo(12);
        assertThat(ledger().pending(product)).extracting(StockMovement::movementId).containsExactly(counted.movementId());
    }

    @Test
    void applyAgainstAStaleCountChangesNothing() {
        String product = product(10);

        assertThat(ledger().apply(movement(product, 2, 9L, 11L))).isEqualTo(new ApplyOutcome.CountChanged());

        assertThat(available(product)).isEqualTo(10);
        assertThat(ledger().pending(product)).isEmpty();
    }

    @Test
    void applyingTheSameMovementTwiceCountsOnce() {
        String product = product(10);
        StockMovement counted = movement(product, 2, 10L, 12L);
        ledger().apply(counted);

        StockMovement retried = new StockMovement(product, counted.movementId(), "COUNT", 2, 12L, 14L, null, "mia", "retry", counted.at());
        assertThat(ledger().apply(retried)).isEqualTo(new ApplyOutcome.AlreadyApplied());

        assertThat(available(product)).isEqualTo(12);
    }

    @Test
    void applyOnAnUnknownProductSaysSo() {
        String unknown = "contract-missing-" + UUID.randomUUID();
        assertThat(ledger().apply(movement(unknown, 1, 0L, 1L))).isEqualTo(new ApplyOutcome.UnknownProduct());
        assertThat(ledger().applyDelta(movement(unknown, 1, null, null))).isEqualTo(new DeltaOutcome.UnknownProduct());
    }

    @Test
    void aDeltaReturnsTheBeforeAndAfterOfItsOwnWrite() {
        String product = product(7);

        DeltaOutcome outcome = ledger().applyDelta(movement(product, -3, null, null));

        assertThat(outcome).isInstanceOf(DeltaOutcome.Applied.class);
        StockMovement applied = ((DeltaOutcome.Applied) outcome).movement();
        assertThat(applied.before()).isEqualTo(7L);
        assertThat(applied.after()).isEqualTo(4L);
        assertThat(available(product)).isEqualTo(4);
        assertThat(ledger().pending(product)).extracting(StockMovement::after).containsExactly(4L);
    }

    @Test
    void aDecreaseLargerThanTheStockIsRefusedAndChangesNothing() {
        String product = product(2);

        assertThat(ledger().applyDelta(movement(product, -3, null, null))).isEqualTo(new DeltaOutcome.Insufficient(2));

        assertThat(available(product)).isEqualTo(2);
        assertThat(ledger().pending(product)).isEmpty();
        assertThat(ledger().applyDelta(movement(product, -2, null, null))).as("down to zero is fine")
                .isInstanceOf(DeltaOutcome.Applied.class);
        assertThat(available(product)).isZero();
    }

    @Test
    void aRetriedDeltaIsAppliedOnce() {
        String product = product(5);
        StockMovement plusOne = movement(product, 1, null, null);

        ledger().applyDelta(plusOne);
        assertThat(ledger().applyDelta(plusOne)).isEqualTo(new DeltaOutcome.AlreadyApplied());

        assertThat(available(product)).isEqualTo(6);
    }

    /**
     * The race this guards (session 35): a copy of one request looks for the recorded movement just before the
     * first copy records it, and writes just after the first copy settled; the item must still say "applied".
     */
    @Test
    void aSettledMovementIsNeverAppliedAgain() {
        String product = product(5);
        StockMovement plusThree = movement(product, 3, null, null);
        ledger().applyDelta(plusThree);
        ledger().settle(product, plusThree.movementId());

        assertThat(ledger().applyDelta(plusThree)).isEqualTo(new DeltaOutcome.AlreadyApplied());
        assertThat(ledger().apply(new StockMovement(product, plusThree.movementId(), "COUNT", 3, 8L, 11L, null, "mia", "retry",
                plusThree.at()))).isEqualTo(new ApplyOutcome.AlreadyApplied());

        assertThat(available(product)).isEqualTo(8);
        assertThat(ledger().pending(product)).as("a settled movement is not parked again").isEmpty();
    }

    @Test
    void settlingRemovesTheParkedMovementAndIsHarmlessTwice() {
        String product = product(5);
        StockMovement first = movement(product, 1, null, null);
        StockMovement second = movement(product, 1, null, null);
        ledger().applyDelta(first);
        ledger().applyDelta(second);

        ledger().settle(product, first.movementId());
        ledger().settle(product, first.movementId());

        List<String> left = ledger().pending(product).stream().map(StockMovement::movementId).toList();
        assertThat(left).containsExactly(second.movementId());
        assertThat(available(product)).as("settling never touches the count").isEqualTo(7);
    }
}
