package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepository.Holds;
import app.orderdesk.backend.port.InventoryRepository.HoldsSlice;
import app.orderdesk.backend.port.OrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled reconciler: finds every reservation held by an order that already ended and settles
 * it, and drops fences old enough that no late write can still arrive. Run every 15 minutes by the
 * template's schedule, and on demand in the local cloud.
 *
 * <ul>
 *   <li>REJECTED, PAYMENT_DECLINED, CANCELLED, and FAILED without a payment: the stock goes back
 *       ({@link InventoryRepository#release}, which also fences, so nothing can re-reserve it).</li>
 *   <li>COMPLETED: the sale was recorded before the order could move on (CommitStock writes the
 *       movement first), so the reservation is only dropped ({@link InventoryRepository#commit}).</li>
 *   <li>FAILED with a payment still on it: kept and reported. The stock was kept for a customer who
 *       paid; support completes or refunds the order (the compensation voids charges, see the
 *       payment side), and once the order no longer carries a payment the next run releases it.</li>
 *   <li>Orders still in flight, and reservations whose order cannot be found, are left alone and
 *       reported.</li>
 * </ul>
 * Every write is conditional, so a run racing the workflow, a cancel or another run settles each
 * reservation at most once.
 */
public final class ReconcileReservations {

    /**
     * How long a fence stays: far longer than any task can run (Lambda's limit is 15 minutes, our
     * tasks' Timeout 20 s), so a write still in flight when the fence is dropped is impossible.
     */
    public static final Duration FENCE_RETENTION = Duration.ofHours(1);
    static final int PAGE = 100;

    private final InventoryRepository inventory;
    private final OrderRepository orders;
    private final Clock clock;
    private final Duration fenceRetention;

    public ReconcileReservations(InventoryRepository inventory, OrderRepository orders, Clock clock) {
        this(inventory, orders, clock, FENCE_RETENTION);
    }

    public ReconcileReservations(InventoryRepository inventory, OrderRepository orders, Clock clock, Duration fenceRetention) {
        this.inventory = inventory;
        this.orders = orders;
        this.clock = clock;
        this.fenceRetention = fenceRetention;
    }

    /** One settled, kept or skipped reservation. */
    public record Fix(String productId, String orderId, long quantity, String orderStatus) {}

    /** What one run saw and did. */
    public record Report(int products, int reservationsSeen, List<Fix> released, List<Fix> committed,
                         List<Fix> keptPaidFailed, List<Fix> unknownOrders, int inFlight, int fencesSeen, int fencesDropped) {
        public Report {
            released = List.copyOf(released);
            committed = List.copyOf(committed);
            keptPaidFailed = List.copyOf(keptPaidFailed);
            unknownOrders = List.copyOf(unknownOrders);
        }

        /** Reservations this run changed. */
        public int fixed() {
            return released.size() + committed.size();
        }
    }

    public Report execute() {
        Instant dropBefore = clock.instant().minus(fenceRetention);
        List<Fix> released = new ArrayList<>();
        List<Fix> committed = new ArrayList<>();
        List<Fix> kept = new ArrayList<>();
        List<Fix> unknown = new ArrayList<>();
        int products = 0;
        int seen = 0;
        int inFlight = 0;
        int fencesSeen = 0;
        int fencesDropped = 0;
        String startAfter = null;
        do {
            HoldsSlice page = inventory.holds(PAGE, startAfter);
            for (Holds holds : page.items()) {
                products++;
                for (Map.Entry<String, Long> reservation : holds.reservations().entrySet()) {
                    seen++;
                    String orderId = reservation.getKey();
                    Optional<Order> order = orders.find(orderId);
                    if (order.isEmpty()) {
                        unknown.add(new Fix(holds.productId(), orderId, reservation.getValue(), null));
                        continue;
                    }
                    OrderStatus status = order.get().status();
                    Fix fix = new Fix(holds.productId(), orderId, reservation.getValue(), status.name());
                    if (!status.isFinal()) {
                        inFlight++;
                    } else if (status == OrderStatus.COMPLETED) {
                        if (inventory.commit(holds.productId(), orderId)) {
                            committed.add(fix);
                        }
                    } else if (status == OrderStatus.FAILED && order.get().isPaid()
                            && !FailureReasons.PAYMENT_REFUNDED.equals(order.get().statusReason())) {
                        kept.add(fix);
                    } else if (inventory.release(holds.productId(), orderId)) {
                        released.add(fix);
                    }
                }
                for (Map.Entry<String, Instant> fence : holds.fences().entrySet()) {
                    fencesSeen++;
                    if (fence.getValue().isBefore(dropBefore)
                            && inventory.dropFence(holds.productId(), fence.getKey(), fence.getValue())) {
                        fencesDropped++;
                    }
                }
            }
            startAfter = page.lastKey();
        } while (startAfter != null);
        return new Report(products, seen, released, committed, kept, unknown, inFlight, fencesSeen, fencesDropped);
    }
}
