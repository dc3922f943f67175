package app.orderdesk.backend.usecase;

import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderNumber;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.errors.IdempotencyConflictException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.OrderNumberAllocator;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.PriceList;
import app.orderdesk.backend.port.WorkflowStarter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POST /place-order: validates and prices the order from Inventory, binds it to the Idempotency-Key,
 * stores it and starts its workflow. Every step is safe to repeat, so a retry after a crash or a
 * dropped connection completes the same order instead of creating a second one.
 */
public final class PlaceOrder {

    /** How long a key is remembered; long enough for the desktop outbox to resend after a day offline. */
    static final Duration KEY_LIFETIME = Duration.ofDays(7);
    /**
     * How long a repeat waits for the call that claimed its key a moment ago to store the order, before it stores it
     * itself. Storing it at once took a number from the counter that the losing write then left unused: a desk's
     * retries of one order, held at a frozen API, arrived together and OD-000004 and OD-000005 never existed
     * (session 20). Waiting applies only to a claim younger than this; an older one's call died (ADR 0066).
     */
    static final Duration CREATOR_GRACE = Duration.ofSeconds(3);
    private static final Duration FIRST_LOOK = Duration.ofMillis(25);
    private static final Duration LONGEST_LOOK = Duration.ofMillis(400);

    private final PriceList prices;
    private final IdempotencyStore idempotency;
    private final OrderNumberAllocator numbers;
    private final OrderRepository orders;
    private final WorkflowStarter workflow;
    private final IdGenerator ids;
    private final Clock clock;
    private final RecordPlacedOrder recordPlaced;
    private final ReserveStock.Pause pause;

    public PlaceOrder(InventoryRepository inventory, IdempotencyStore idempotency, OrderNumberAllocator numbers,
                      OrderRepository orders, WorkflowStarter workflow, IdGenerator ids, Clock clock) {
        this(inventory, idempotency, numbers, orders, workflow, ids, clock, RecordPlacedOrder.nothing());
    }

    /** {@code recordPlaced} files the caller in the customer directory and counts the order on the dashboard. */
    public PlaceOrder(InventoryRepository inventory, IdempotencyStore idempotency, OrderNumberAllocator numbers,
                      OrderRepository orders, WorkflowStarter workflow, IdGenerator ids, Clock clock,
                      RecordPlacedOrder recordPlaced) {
        this(ids2 -> new PriceList.Prices(inventory.findProducts(ids2), StoreSettings.DEFAULTS), idempotency, numbers, orders,
                workflow, ids, clock, recordPlaced);
    }

    /** {@code prices}: the products and the store's tax rates, which each line records as placed. */
    public PlaceOrder(PriceList prices, IdempotencyStore idempotency, OrderNumberAllocator numbers,
                      OrderRepository orders, WorkflowStarter workflow, IdGenerator ids, Clock clock,
                      RecordPlacedOrder recordPlaced) {
        this(prices, idempotency, numbers, orders, workflow, ids, clock, recordPlaced, ReserveStock.Pause.THREAD);
    }

    private PlaceOrder(PriceList prices, IdempotencyStore idempotency, OrderNumberAllocator numbers,
                       OrderRepository orders, WorkflowStarter workflow, IdGenerator ids, Clock clock,
                       RecordPlacedOrder recordPlaced, ReserveStock.Pause pause) {
        this.pause = pause;
        this.recordPlaced = recordPlaced;
        this.prices = prices;
        this.idempotency = idempotency;
        this.numbers = numbers;
        this.orders = orders;
        this.workflow = workflow;
        this.ids = ids;
        this.clock = clock;
    }

    public PlaceOrderResponse execute(String idempotencyKey, PlaceOrderRequest request) {
        return execute(idempotencyKey, request, null);
    }

    /** {@code placedBy}: the signed-in user taking the order (staff see their own day on the dashboard). */
    public PlaceOrderResponse execute(String idempotencyKey, PlaceOrderRequest request, String placedBy) {
        return execute(idempotencyKey, request, placedBy, null);
    }

    /**
     * {@code placerId}: the signed-in user's Cognito subject, stored on the order so its changes are pushed
     * to that user's desks without a per-order subscription (ADR 0037).
     */
    /** The same use case waiting for a key's first call with {@code pause} (tests: without sleeping). */
    public PlaceOrder pausingWith(ReserveStock.Pause pause) {
        return new PlaceOrder(prices, idempotency, numbers, orders, workflow, ids, clock, recordPlaced, pause);
    }

    public PlaceOrderResponse execute(String idempotencyKey, PlaceOrderRequest request, String placedBy, String placerId) {
        ValidPlaceOrder valid = PlaceOrderValidator.validate(idempotencyKey, request);
        List<OrderLine> lines = price(valid);
        String hash = valid.requestHash();
        Instant now = clock.instant();
        var claim = new IdempotencyRecord(idempotencyKey, hash, ids.newId(), now, now.plus(KEY_LIFETIME));
        Optional<IdempotencyRecord> existing = idempotency.putIfAbsent(claim);
        if (existing.isPresent() && !existing.get().requestHash().equals(hash)) {
            throw new IdempotencyConflictException();
        }
        String orderId = existing.map(IdempotencyRecord::orderId).orElse(claim.orderId());
        // A key claimed just now has no order yet (its id is new), so only a repeated key needs the read.
        Optional<Order> stored = existing.isPresent() ? storedOrAwaited(orderId, existing.get(), now) : Optional.empty();
        Placed placed = stored.map(Placed::repeat).orElseGet(() -> createOrder(orderId, valid, lines, now, placerId));
        Order order = placed.order();
        // Before the workflow starts, and again on every retry: a failure here answers 503 and the retry repeats it.
        recordPlaced.execute(order, placedBy);
        if (order.status() == OrderStatus.RECEIVED && order.acceptedAt() == null
                && (placed.created() || orders.claimWorkflowStart(orderId, now))) {
            // The creator holds the start lease; a repeat restarts only after winning an expired one, in case the
            // first attempt stored the order and died before starting it (EXPRESS starts are not idempotent).
            start(order);
        }
        return new PlaceOrderResponse(order.orderId(), order.orderNumber(),
                OrderStatusMapping.toApi(order.status()));
    }

    /**
     * The order a repeated key's first call stored; while that claim is younger than {@link #CREATOR_GRACE}, looks
     * again (backing off) until it appears or the grace is spent. Counted in pauses, not read from the clock, as
     * ReserveStock counts its waits. Only a repeat that arrives while the first call is still writing pays it.
     */
    private Optional<Order> storedOrAwaited(String orderId, IdempotencyRecord claim, Instant now) {
        Optional<Order> found = orders.find(orderId);
        if (found.isPresent() || !now.isBefore(claim.createdAt().plus(CREATOR_GRACE))) {
            return found;
        }
        Duration waited = Duration.ZERO;
        Duration next = FIRST_LOOK;
        while (found.isEmpty() && waited.compareTo(CREATOR_GRACE) < 0) {
            pause.sleep(next);
            waited = waited.plus(next);
            next = next.multipliedBy(2).compareTo(LONGEST_LOOK) > 0 ? LONGEST_LOOK : next.multipliedBy(2);
            found = orders.find(orderId);
        }
        return found;
    }

    /** The order this call answers with, and whether this call stored it (and so holds the start lease). */
    private record Placed(Order order, boolean created) {
        static Placed repeat(Order order) {
            return new Placed(order, false);
        }
    }

    private void start(Order order) {
        try {
            workflow.start(order);
        } catch (RuntimeException startFailed) {
            // Give the lease back so the caller's retry (it gets a 503) starts the workflow at once.
            try {
                orders.releaseWorkflowStart(order.orderId());
            } catch (RuntimeException releaseFailed) {
                startFailed.addSuppressed(releaseFailed); // the lease then runs out on its own
            }
            throw startFailed;
        }
    }

    private Placed createOrder(String orderId, ValidPlaceOrder valid, List<OrderLine> lines, Instant now, String placerId) {
        Order order = Order.place(orderId, OrderNumber.format(numbers.next()), valid.customer(), lines,
                valid.idempotencyKey(), valid.paymentToken(), now);
        if (orders.create(order, placerId)) {
            return new Placed(order, true);
        }
        // A concurrent retry with the same key won the race: answer with its order (and its number).
        return Placed.repeat(orders.find(orderId).orElseThrow(() -> new IllegalStateException("Order " + orderId + " vanished")));
    }

    private List<OrderLine> price(ValidPlaceOrder valid) {
        PriceList.Prices priced = prices.read(valid.lines().stream().map(ValidPlaceOrder.RequestedLine::productId).toList());
        Map<String, Product> products = priced.products();
        List<FieldIssue> issues = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        String currency = null;
        for (int i = 0; i < valid.lines().size(); i++) {
            var requested = valid.lines().get(i);
            Product product = products.get(requested.productId());
            if (product == null) {
                issues.add(new FieldIssue("lines[" + i + "].productId", "unknown product"));
                continue;
            }
            if (currency == null) {
                currency = product.price().currency();
            } else if (!currency.equals(product.price().currency())) {
                issues.add(new FieldIssue("lines[" + i + "].productId", "is priced in another currency; an order has one currency"));
                continue;
            }
            lines.add(OrderLine.of(product, requested.quantity(), priced.store()));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        return lines;
    }
}
