package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.StockLevel;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.ReserveOutcome;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.time.Duration;
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
        Order order = OrderLoader.load(orders, orderId);
        OrderLoader.requireNotEnded(order);
        if (order.status().hasReached(OrderStatus.RESERVED)) {
            return TaskResult.of(order);
        }
        List<OrderLine> lines = new ArrayList<>(order.lines());
        lines.sort(Comparator.comparing(OrderLine::productId));
        Duration[] waited = {Duration.ZERO};
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            ReserveOutcome outcome = reserveOrWait(line, orderId, waited);
            if (outcome instanceof ReserveOutcome.Fenced) {
                // This order's stock was released for good (it was cancelled, or its workflow gave up on
                // this step and compensated): this invocation is late and must change nothing.
                releaseLines(orderId, lines);
                Order now = OrderLoader.reload(orders, order);
                OrderLoader.requireNotEnded(now);
                throw new OrderRejectedException("Order " + orderId + " was released while its stock was being reserved");
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
                giveBack(orderId, lines.subList(0, i));
                reject(order, shortage);
            }
        }
        if (!orders.update(OrderUpdate.moveTo(orderId, OrderStatus.RESERVED, clock.instant()))) {
            Order now = OrderLoader.reload(orders, order);
            if (!now.status().hasReached(OrderStatus.RESERVED)) {
                // Cancelled (or ended) while we reserved: the canceller may have released before we
                // reserved, so give back everything held for this order; releases are conditional, so
                // each reservation comes back exactly once whoever gets there first.
                releaseLines(orderId, lines);
                OrderLoader.requireNotEnded(now);
                throw new OrderRejectedException("Order " + orderId + " is " + now.status() + "; stock was not reserved");
            }
            return TaskResult.of(now);
        }
        return TaskResult.of(OrderLoader.reload(orders, order));
    }

    /**
     * Reserves the line; while it is short but other orders hold at least the shortfall, looks again
     * (backing off; a look is one consistent read) until they settle or this execution has paused for
     * {@code maxWait} in total, and tries the conditional write again only when the units are there.
     * A unit that comes back is taken by whichever waiter writes first, never twice. The budget is
     * counted in pauses, not read from the clock, so it is the same on a loaded machine and in tests.
     */
    private ReserveOutcome reserveOrWait(OrderLine line, String orderId, Duration[] waited) {
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
    private void giveBack(String orderId, List<OrderLine> reserved) {
        for (OrderLine line : reserved) {
            inventory.giveBack(line.productId(), orderId);
        }
    }

    private void releaseLines(String orderId, List<OrderLine> reserved) {
        for (OrderLine line : reserved) {
            inventory.release(line.productId(), orderId);
        }
    }

    private void reject(Order order, String reason) {
        orders.update(OrderUpdate.moveTo(order.orderId(), OrderStatus.REJECTED, clock.instant()).withReason(reason));
        throw new OrderRejectedException(reason);
    }
}
