package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.ReserveOutcome;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Workflow step 3: reserves every line's stock with one conditional write per item; when a line is
 * short it gives back the lines already reserved for this order and rejects the order. The move to
 * RESERVED is conditional on RECEIVED, so an order cancelled meanwhile gets its stock back.
 *
 * <p>No false rejections: a line that is short only because other in-flight orders hold the
 * shortfall waits (bounded by {@link #DEFAULT_WAIT}, well inside the state's TimeoutSeconds) for them
 * to commit or release, then decides. Lines are reserved in product-id order, so two orders never
 * wait on each other (each waits only for a product after every one it holds).
 */
public final class ReserveStock {

    /** How long one execution may wait in total for other orders' holds to settle. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(400);

    /** Waits between looks at a held item; tests pass one that advances a fake clock. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration);

        Pause THREAD = duration -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for stock held by other orders", interrupted);
            }
        };
    }

    private final OrderRepository orders;
    private final InventoryRepository inventory;
    private final Clock clock;
    private final Pause pause;
    private final Duration maxWait;

    public ReserveStock(OrderRepository orders, InventoryRepository inventory, Clock clock) {
        this(orders, inventory, clock, Pause.THREAD, DEFAULT_WAIT);
    }

    public ReserveStock(OrderRepository orders, InventoryRepository inventory, Clock clock, Pause pause, Duration maxWait) {
        this.orders = orders;
        this.inventory = inventory;
        this.clock = clock;
        this.pause = pause;
        this.maxWait = maxWait;
    }

    public TaskResult execute(String orderId) {
        return execute(StepInput.of(orderId));
    }

    /**
     * Reserves the carried lines, then moves the order to RESERVED with one conditional write that
     * also records the step. The record is read only when that write is refused (a redelivery, or the
     * order was cancelled meanwhile) or the state carries no lines. Reserving before looking at the
     * order is safe: a cancel or compensation fences every line first, so a reservation for an order
     * that ended is refused ({@code Fenced}), and a repeat is recognised ({@code AlreadyReserved}).
     */
    public TaskResult execute(StepInput in) {
        String orderId = in.orderId();
        CarriedOrder facts = in.facts();
        if (facts == null) {
            Order order = OrderLoader.load(orders, orderId);
            OrderLoader.requireNotEnded(order);
            if (order.status().hasReached(OrderStatus.RESERVED)) {
                return TaskResult.of(order);
            }
            facts = CarriedOrder.of(order);
        } else if (facts.status() != null && facts.status().hasReached(OrderStatus.RESERVED)) {
            // A duplicate execution (EXPRESS is at least once) given the record's status (a SaveOrder that read it):
            // the order is already past this step, so its stock was reserved by the run that got there first.
            return TaskResult.of(orderId, facts);
        }
        List<CarriedOrder.Line> lines = new ArrayList<>(facts.lines());
        List<CarriedOrder.Line> reservedHere = new ArrayList<>();
        lines.sort(Comparator.comparing(CarriedOrder.Line::productId));
        Duration[] waited = {Duration.ZERO};
        for (int i = 0; i < lines.size(); i++) {
            CarriedOrder.Line line = lines.get(i);
            ReserveOutcome outcome = reserveOrWait(line, orderId, waited);
            if (outcome instanceof ReserveOutcome.Fenced) {
                // This order's stock was released for good (it was cancelled, or its workflow gave up on
                // this step and compensated): this invocation is late and must change nothing.
                releaseLines(orderId, lines);
                Order now = OrderLoader.load(orders, orderId);
                OrderLoader.requireNotEnded(now);
                throw new OrderRejectedException(ReasonCode.of(ReasonCode.ORDER_ENDED_MEANWHILE),
                        "Order " + orderId + " was released while its stock was being reserved");
            }
            if (outcome instanceof ReserveOutcome.Reserved) {
                reservedHere.add(line);
            }
            String shortage = switch (outcome) {
                case ReserveOutcome.Reserved r -> null;
                case ReserveOutcome.AlreadyReserved r -> null;
                case ReserveOutcome.Fenced f -> null;
                case ReserveOutcome.Insufficient s -> "Out of stock: " + line.label() + " has " + s.available()
                        + ", " + line.quantity() + " requested";
                case ReserveOutcome.UnknownProduct u -> "Product " + line.label() + " is no longer sold";
            };
            if (shortage != null) {
                ReasonCode code = outcome instanceof ReserveOutcome.Insufficient s
                        ? ReasonCode.of(ReasonCode.OUT_OF_STOCK, "sku", line.sku(), "name", line.name(),
                                "available", Long.toString(s.available()), "requested", Integer.toString(line.quantity()))
                        : ReasonCode.of(ReasonCode.PRODUCT_NOT_SOLD, "sku", line.sku(), "name", line.name());
                giveBack(orderId, lines.subList(0, i));
                reject(in, shortage, code);
            }
        }
        Instant now = clock.instant();
        List<WorkflowStep> steps = in.carriedSteps(now);
        steps.add(in.succeeded(WorkflowSteps.RESERVE, now));
        var reserved = OrderUpdate.moveTo(orderId, OrderStatus.RESERVED, now).withSteps(steps);
        if (in.saved() != null) {
            // SaveOrder accepted the order without a write of its own (ADR 0088): this write says so.
            reserved = reserved.withAcceptedAt(in.savedAt(now));
        }
        if (!orders.update(reserved)) {
            Order stored = OrderLoader.load(orders, orderId);
            if (stored.status() == OrderStatus.RECEIVED && stored.acceptedAt() != null && reserved.acceptedAt() != null
                    && orders.update(OrderUpdate.moveTo(orderId, OrderStatus.RESERVED, now)
                            .withSteps(List.of(in.succeeded(WorkflowSteps.RESERVE, now))))) {
                // Accepted by a SaveOrder that still wrote (an execution started before ADR 0088), which recorded its steps.
                return TaskResult.of(orderId, facts.withStatus(OrderStatus.RESERVED));
            }
            if (!stored.status().hasReached(OrderStatus.RESERVED)) {
                // Cancelled (or ended) while we reserved: the canceller may have released before we
                // reserved, so give back everything held for this order; releases are conditional, so
                // each reservation comes back exactly once whoever gets there first.
                releaseLines(orderId, lines);
                OrderLoader.requireNotEnded(stored);
                throw new OrderRejectedException(ReasonCode.of(ReasonCode.ORDER_ENDED_MEANWHILE, "status", stored.status().name()),
                        "Order " + orderId + " is " + stored.status() + "; stock was not reserved");
            }
            if (stored.status().hasReached(OrderStatus.FULFILLED) && !reservedHere.isEmpty()) {
                // A late duplicate execution: the first run already committed this order's stock (its reservations
                // are gone), so what this call reserved is extra and goes back (ADR 0018).
                giveBack(orderId, reservedHere);
            }
            return TaskResult.of(stored);
        }
        return TaskResult.of(orderId, facts.withStatus(OrderStatus.RESERVED));
    }

    /**
     * Reserves the line; while it is short but other orders hold at least the shortfall, looks again
     * (backing off; a look is one consistent read) until they settle or this execution has paused for
     * {@code maxWait} in total, and tries the conditional write again only when the units are there.
     * A unit that comes back is taken by whichever waiter writes first, never twice. The budget is
     * counted in pauses, not read from the clock, so it is the same on a loaded machine and in tests.
     */
    private ReserveOutcome reserveOrWait(CarriedOrder.Line line, String orderId, Duration[] waited) {
        ReserveOutcome outcome = inventory.reserve(line.productId(), orderId, line.quantity());
        Duration next = FIRST_PAUSE;
        while (outcome instanceof ReserveOutcome.Insufficient s
                && s.available() + s.heldByOthers() >= line.quantity()
                && waited[0].compareTo(maxWait) < 0) {
            Duration left = maxWait.minus(waited[0]);
            Duration pauseFor = next.compareTo(left) < 0 ? next : left;
            pause.sleep(pauseFor);
            waited[0] = waited[0].plus(pauseFor);
            next = next.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0 ? next.multipliedBy(2) : LONGEST_PAUSE;
            StockLevel level = inventory.find(line.productId()).orElse(null);
            if (level == null || level.available() >= line.quantity()) {
                outcome = inventory.reserve(line.productId(), orderId, line.quantity());
            } else {
                outcome = new ReserveOutcome.Insufficient(level.available(), level.reserved());
            }
        }
        return outcome;
    }

    /** Gives back what this invocation itself reserved (it is the writer, so no late write of its own can follow). */
    private void giveBack(String orderId, List<CarriedOrder.Line> reserved) {
        for (CarriedOrder.Line line : reserved) {
            inventory.giveBack(line.productId(), orderId);
        }
    }

    private void releaseLines(String orderId, List<CarriedOrder.Line> reserved) {
        for (CarriedOrder.Line line : reserved) {
            inventory.release(line.productId(), orderId);
        }
    }

    /** Ends the order REJECTED, recording this step as failed with the reason, in one write. */
    private void reject(StepInput in, String reason, ReasonCode code) {
        Instant now = clock.instant();
        var error = new WorkflowError(OrderRejectedException.class.getName(), reason, code);
        List<WorkflowStep> steps = in.carriedSteps(now);
        steps.add(in.failed(WorkflowSteps.RESERVE, now, error));
        orders.update(OrderUpdate.moveTo(in.orderId(), OrderStatus.REJECTED, now).withReason(reason, code).withSteps(steps));
        throw new OrderRejectedException(code, reason);
    }
}
