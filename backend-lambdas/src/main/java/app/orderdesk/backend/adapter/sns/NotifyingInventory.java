package app.orderdesk.backend.adapter.sns;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.StockLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Announces every write that changes a product's available stock — an order's reservation, its
 * release or give-back, a manager's adjustment — so other desks' inventory views follow without polling.
 * Writes that changed nothing (already done, short, unknown product) announce nothing.
 */
public final class NotifyingInventory {

    private NotifyingInventory() {}

    public static InventoryRepository of(InventoryRepository inventory, ChangeEvents events, Clock clock) {
        return new Repository(inventory, events, clock);
    }

    public static StockLedger of(StockLedger ledger, ChangeEvents events, Clock clock) {
        return new Ledger(ledger, events, clock);
    }

    private record Repository(InventoryRepository inventory, ChangeEvents events, Clock clock) implements InventoryRepository {

        @Override
        public Map<String, Product> findProducts(Collection<String> productIds) {
            return inventory.findProducts(productIds);
        }

        @Override
        public Optional<StockLevel> find(String productId) {
            return inventory.find(productId);
        }

        @Override
        public ReserveOutcome reserve(String productId, String orderId, int quantity) {
            ReserveOutcome outcome = inventory.reserve(productId, orderId, quantity);
            if (outcome instanceof ReserveOutcome.Reserved) {
                events.stockChanged(productId, clock.instant());
            }
            return outcome;
        }

        @Override
        public boolean release(String productId, String orderId) {
            return announced(productId, inventory.release(productId, orderId));
        }

        @Override
        public boolean giveBack(String productId, String orderId) {
            return announced(productId, inventory.giveBack(productId, orderId));
        }

        /** The sale becomes final (and a SALE movement follows): the product's history changes. */
        @Override
        public boolean commit(String productId, String orderId) {
            return announced(productId, inventory.commit(productId, orderId));
        }

        @Override
        public HoldsSlice holds(int limit, String startAfter) {
            return inventory.holds(limit, startAfter);
        }

        @Override
        public boolean dropFence(String productId, String orderId, Instant writtenAt) {
            return inventory.dropFence(productId, orderId, writtenAt);
        }

        @Override
        public InventorySlice list(InventoryQuery query) {
            return inventory.list(query);
        }

        private boolean announced(String productId, boolean changed) {
            if (changed) {
                events.stockChanged(productId, clock.instant());
            }
            return changed;
        }
    }

    private record Ledger(StockLedger ledger, ChangeEvents events, Clock clock) implements StockLedger {

        @Override
        public ApplyOutcome apply(StockMovement movement) {
            ApplyOutcome outcome = ledger.apply(movement);
            if (outcome instanceof ApplyOutcome.Applied) {
                events.stockChanged(movement.productId(), clock.instant());
            }
            return outcome;
        }

        @Override
        public DeltaOutcome applyDelta(StockMovement movement) {
            DeltaOutcome outcome = ledger.applyDelta(movement);
            if (outcome instanceof DeltaOutcome.Applied) {
                events.stockChanged(movement.productId(), clock.instant());
            }
            return outcome;
        }

        @Override
        public List<StockMovement> pending(String productId) {
            return ledger.pending(productId);
        }

        @Override
        public void settle(String productId, String movementId) {
            ledger.settle(productId, movementId);
        }
    }
}
