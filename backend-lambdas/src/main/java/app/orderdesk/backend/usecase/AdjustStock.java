package app.orderdesk.backend.usecase;

import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.port.StockMovementRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * POST /inventory/{id}/adjustments (and each row of a CSV import): changes a product's available
 * stock with a reason, never below zero, and records who, when, why, before and after.
 *
 * <p>Crash safety without transactions: the count change and the movement are written to the
 * product's item in ONE conditional write ({@link StockLedger#apply}, condition "available is still
 * what we read"); only then is the movement copied to StockMovements and removed from the item. A
 * crash in between leaves the movement parked on the item: the history route shows parked movements,
 * and the next adjustment of that product (or a retry with the same Idempotency-Key, whose movement
 * id is remembered) finishes the copy. So a changed count is never without its movement.
 */
public final class AdjustStock {

    public static final Set<String> REASONS = Set.of("RECEIVED", "COUNT", "DAMAGED", "THEFT_LOSS", "RETURN_RESTOCK", "CORRECTION");
    static final long MAX_DELTA = 100_000;
    static final int MAX_NOTE = 500;
    static final int MAX_ATTEMPTS = 5;
    static final Duration KEY_LIFETIME = Duration.ofDays(7);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final InventoryRepository inventory;
    private final StockLedger ledger;
    private final StockMovementRepository movements;
    private final IdempotencyStore idempotency;
    private final IdGenerator ids;
    private final Clock clock;

    public AdjustStock(InventoryRepository inventory, StockLedger ledger, StockMovementRepository movements,
                       IdempotencyStore idempotency, IdGenerator ids, Clock clock) {
        this.inventory = inventory;
        this.ledger = ledger;
        this.movements = movements;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    public StockMovementView execute(String productId, StockAdjustmentRequest request, String actor, String idempotencyKey) {
        String id = ProductIds.require(productId);
        List<FieldIssue> issues = new ArrayList<>();
        if (request.delta() == null) {
            issues.add(new FieldIssue("delta", "is required"));
        } else if (request.delta() == 0 || request.delta() < -MAX_DELTA || request.delta() > MAX_DELTA) {
            // not Math.abs: it answers Long.MIN_VALUE for Long.MIN_VALUE, which passed and took the stock to -9.2e18 (audit)
            issues.add(new FieldIssue("delta", "must be a non-zero whole number between -" + MAX_DELTA + " and " + MAX_DELTA));
        }
        if (request.reason() == null) {
            issues.add(new FieldIssue("reason", "is required"));
        } else if (!REASONS.contains(request.reason())) {
            issues.add(new FieldIssue("reason", "must be one of " + String.join(", ", REASONS.stream().sorted().toList())));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            issues.add(new FieldIssue("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (idempotencyKey != null && !IdempotencyKeys.wellFormed(idempotencyKey)) {
            issues.add(new FieldIssue("Idempotency-Key", IdempotencyKeys.KEY_RULE));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        Instant now = clock.instant();
        String movementId = newMovementId(now);
        if (idempotencyKey != null) {
            // An unknown product must not consume the key (a bad request writes nothing).
            inventory.find(id).orElseThrow(() -> new NotFoundException("NOT_FOUND", "No product with id " + id));
            String hash = IdempotencyKeys.hash(id + "\n" + request.delta() + "\n" + request.reason() + "\n" + (note == null ? "" : note));
            var claim = new IdempotencyRecord("adjust:" + id + ":" + idempotencyKey, hash, movementId, now, now.plus(KEY_LIFETIME));
            Optional<IdempotencyRecord> existing = idempotency.putIfAbsent(claim);
            if (existing.isPresent() && !existing.get().requestHash().equals(hash)) {
                throw new ConflictException("IDEMPOTENCY_CONFLICT",
                        "This Idempotency-Key was already used for a different adjustment; use a new key for a new adjustment.");
            }
            movementId = existing.map(IdempotencyRecord::orderId).orElse(movementId);
        }
        return MovementViews.toView(applyDelta(id, movementId, request.reason(), request.delta(), actor, note, now));
    }

    /**
     * One relative conditional write ({@link StockLedger#applyDelta}): concurrent sales and other
     * adjustments cannot make it fail, so there is no read-then-retry loop and no "kept changing"
     * answer; a decrease fails only when the stock really is short at that moment.
     */
    private StockMovement applyDelta(String productId, String movementId, String reason, long delta,
                                     String actor, String note, Instant now) {
        finishPending(productId);
        Optional<StockMovement> done = movements.find(productId, movementId);
        if (done.isPresent()) {
            return done.get();
        }
        var movement = new StockMovement(productId, movementId, reason, delta, null, null, null, actor, note, now);
        return switch (ledger.applyDelta(movement)) {
            case StockLedger.DeltaOutcome.Applied applied -> {
                movements.record(applied.movement());
                ledger.settle(productId, movementId);
                yield applied.movement();
            }
            case StockLedger.DeltaOutcome.AlreadyApplied a -> {
                finishPending(productId);
                yield movements.find(productId, movementId).orElse(movement);
            }
            case StockLedger.DeltaOutcome.Insufficient shortBy -> throw new ConflictException("INSUFFICIENT_STOCK",
                    skuOf(productId) + " has " + shortBy.available() + " available; removing " + -delta + " would take it below zero");
            case StockLedger.DeltaOutcome.UnknownProduct u -> throw new NotFoundException("NOT_FOUND", "No product with id " + productId);
        };
    }

    private String skuOf(String productId) {
        return inventory.find(productId).map(level -> level.product().sku()).orElse(productId);
    }

    /**
     * Sets the product's available count to {@code count} as a COUNT movement; empty when it already
     * was. A count is absolute, so it stays read-then-conditional-write (retried a few times when a
     * sale lands in between): the stock-take says what the shelf holds at one moment.
     */
    Optional<StockMovement> setCount(String productId, long count, String actor, String note) {
        Instant now = clock.instant();
        return setCount(productId, count, actor, note, newMovementId(now), now);
    }

    /**
     * As above, under a movement id the caller chose: when that movement was already recorded (an import sent again
     * with its key), answers it and changes nothing.
     */
    Optional<StockMovement> setCount(String productId, long count, String actor, String note, String movementId, Instant at) {
        StockMovement movement = apply(productId, movementId, "COUNT", before -> count - before, actor, note, at);
        return movement.delta() == 0 ? Optional.empty() : Optional.of(movement);
    }

    /** The movement recorded under this id, if any (parked ones are finished first). */
    Optional<StockMovement> recorded(String productId, String movementId) {
        finishPending(productId);
        return movements.find(productId, movementId);
    }

    /** {@code <at, fixed-width UTC millis>#<suffix>}: sortable by time like every movement id. */
    static String movementId(Instant at, String suffix) {
        return STAMP.format(at) + "#" + suffix;
    }

    private StockMovement apply(String productId, String movementId, String reason, LongUnaryOperator deltaFor,
                                String actor, String note, Instant now) {
        finishPending(productId);
        Optional<StockMovement> done = movements.find(productId, movementId);
        if (done.isPresent()) {
            return done.get();
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            StockLevel level = inventory.find(productId)
                    .orElseThrow(() -> new NotFoundException("NOT_FOUND", "No product with id " + productId));
            long before = level.available();
            long delta = deltaFor.applyAsLong(before);
            long after = before + delta;
            if (after < 0) {
                throw new ConflictException("INSUFFICIENT_STOCK", level.product().sku() + " has " + before
                        + " available; removing " + -delta + " would take it below zero");
            }
            var movement = new StockMovement(productId, movementId, reason, delta, before, after, null, actor, note, now);
            if (delta == 0) {
                return movement;
            }
            switch (ledger.apply(movement)) {
                case StockLedger.ApplyOutcome.Applied a -> {
                    movements.record(movement);
                    ledger.settle(productId, movementId);
                    return movement;
                }
                case StockLedger.ApplyOutcome.AlreadyApplied a -> {
                    finishPending(productId);
                    return movements.find(productId, movementId).orElse(movement);
                }
                case StockLedger.ApplyOutcome.UnknownProduct u ->
                        throw new NotFoundException("NOT_FOUND", "No product with id " + productId);
                case StockLedger.ApplyOutcome.CountChanged c -> {
                    // an order reserved or another adjustment landed in between: read again
                }
            }
        }
        throw new TransientFailureException("The stock of " + productId + " kept changing; try again", null);
    }

    /** Copies movements a crashed writer left parked on the item to StockMovements, then unparks them. */
    private void finishPending(String productId) {
        for (StockMovement parked : ledger.pending(productId)) {
            movements.record(parked);
            ledger.settle(productId, parked.movementId());
        }
    }

    /** Sortable by time (fixed-width UTC millis) and unique: {@code 2026-03-01T10:15:30.000Z#<uuid>}. */
    private String newMovementId(Instant now) {
        return movementId(now, ids.newId());
    }
}
