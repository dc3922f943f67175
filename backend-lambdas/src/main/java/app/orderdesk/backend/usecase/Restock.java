package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.port.StockMovementRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Puts a refund's restocked units back: per line one RETURN movement, applied with the relative
 * conditional write adjustments use ({@link StockLedger#applyDelta}) and recorded in StockMovements.
 * The movement id follows from the refund and the line, so a retried refund adds nothing twice.
 */
public final class Restock {

    public static final String RETURN = "RETURN";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final StockLedger ledger;
    private final StockMovementRepository movements;

    public Restock(StockLedger ledger, StockMovementRepository movements) {
        this.ledger = ledger;
        this.movements = movements;
    }

    static String movementId(Refund refund, RefundLine line) {
        return STAMP.format(refund.createdAt()) + "#refund-" + refund.refundId() + "-" + line.lineIndex();
    }

    void returnToStock(Order order, Refund refund) {
        for (RefundLine line : refund.restockedLines()) {
            String movementId = movementId(refund, line);
            finishPending(line.productId());
            if (movements.find(line.productId(), movementId).isPresent()) {
                continue;
            }
            var movement = new StockMovement(line.productId(), movementId, RETURN, line.quantity(), null, null,
                    order.orderId(), refund.actor(), "Refund of order " + order.orderNumber(), refund.createdAt());
            switch (ledger.applyDelta(movement)) {
                case StockLedger.DeltaOutcome.Applied applied -> {
                    movements.record(applied.movement());
                    ledger.settle(line.productId(), movementId);
                }
                case StockLedger.DeltaOutcome.AlreadyApplied again -> finishPending(line.productId());
                // a return never lowers the count: the parked movement was settled between the write and its check
                case StockLedger.DeltaOutcome.Insufficient settledMeanwhile -> {
                    if (movements.find(line.productId(), movementId).isEmpty()) {
                        throw new IllegalStateException("return " + movementId + " was neither applied nor recorded");
                    }
                }
                // The product was deleted from the catalogue since the sale: the money goes back, the units cannot.
                case StockLedger.DeltaOutcome.UnknownProduct gone -> { }
            }
        }
    }

    private void finishPending(String productId) {
        for (StockMovement parked : ledger.pending(productId)) {
            movements.record(parked);
            ledger.settle(productId, parked.movementId());
        }
    }
}
