package app.orderdesk.backend.fakes;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.backend.usecase.AdjustStock;
import app.orderdesk.backend.usecase.CancelOrder;
import app.orderdesk.backend.usecase.CommitStock;
import app.orderdesk.backend.usecase.GetInventoryItem;
import app.orderdesk.backend.usecase.ImportStockCounts;
import app.orderdesk.backend.usecase.ListStockMovements;
import app.orderdesk.backend.usecase.ResendReceipt;
import app.orderdesk.backend.usecase.EmailReceipt;
import app.orderdesk.backend.usecase.GenerateReceipt;
import app.orderdesk.backend.usecase.MarkOrder;
import app.orderdesk.backend.usecase.PlaceOrder;
import app.orderdesk.backend.usecase.ProcessPayment;
import app.orderdesk.backend.usecase.ReleaseStock;
import app.orderdesk.backend.usecase.ReserveStock;
import app.orderdesk.backend.usecase.SaveOrder;
import app.orderdesk.backend.usecase.ValidateOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** Every use case wired to in-memory fakes, with two demo products: MUG-BLU ($12.50, 10) and TEE-RED ($20.00, 3). */
public final class World {

    public final Clock clock = Fakes.clock();
    public final InMemoryInventory inventory = new InMemoryInventory()
            .with(InMemoryInventory.product("p-mug", "MUG-BLU", "Blue Mug", 1250), 10)
            .with(InMemoryInventory.product("p-tee", "TEE-RED", "Red T-Shirt", 2000), 3);
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    public final Fakes.Idempotency idempotency = new Fakes.Idempotency();
    public final Fakes.Workflow workflow = new Fakes.Workflow();
    public final Fakes.Movements movements = new Fakes.Movements();
    public final Fakes.Receipts receipts = new Fakes.Receipts();
    public final Fakes.Outbox outbox = new Fakes.Outbox();
    public final InMemoryPaymentGateway payments = new InMemoryPaymentGateway();

    /** Pauses of PlaceOrder waiting for a key's first call, in order (none are slept). */
    public final java.util.List<java.time.Duration> placeOrderPauses = new java.util.ArrayList<>();
    public final PlaceOrder placeOrder = new PlaceOrder(inventory, idempotency, new Fakes.Counter(), orders, workflow,
            Fakes.sequentialIds(), clock).pausingWith(placeOrderPauses::add);
    public final ValidateOrder validateOrder = new ValidateOrder(orders, inventory);
    public final SaveOrder saveOrder = new SaveOrder(orders);
    /** Every pause ReserveStock took while waiting for other orders' holds; {@link #onPause} runs in each. */
    public final List<Duration> pauses = new CopyOnWriteArrayList<>();
    public volatile Runnable onPause = () -> { };
    public final ReserveStock reserveStock = new ReserveStock(orders, inventory, clock, d -> {
        pauses.add(d);
        onPause.run();
    }, Duration.ofSeconds(5));
    public final ProcessPayment processPayment = new ProcessPayment(orders, payments, clock);
    public final CommitStock commitStock = new CommitStock(orders, inventory, movements, clock);
    public final GenerateReceipt generateReceipt = new GenerateReceipt(orders, Fakes.textRenderer(), receipts, clock);
    public final EmailReceipt emailReceipt = new EmailReceipt(orders, receipts, outbox, clock);
    public final ReleaseStock releaseStock = new ReleaseStock(orders, inventory, payments, clock);
    public final MarkOrder markOrder = new MarkOrder(orders, payments, clock);
    public final CancelOrder cancelOrder = new CancelOrder(orders, inventory, clock);
    public final InMemoryRetryHolds holds = new InMemoryRetryHolds(orders);
    public final app.orderdesk.backend.usecase.HoldForRetry holdForRetry = new app.orderdesk.backend.usecase.HoldForRetry(holds, clock);
    public final app.orderdesk.backend.usecase.RedriveOrder redriveOrder = new app.orderdesk.backend.usecase.RedriveOrder(orders, holds, workflow, clock);
    public final ResendReceipt resendReceipt = new ResendReceipt(orders, receipts, outbox, clock);
    public final GetInventoryItem getInventoryItem = new GetInventoryItem(inventory);
    public final AdjustStock adjustStock = new AdjustStock(inventory, inventory, movements, idempotency,
            Fakes.sequentialIds(), clock);
    public final ListStockMovements listStockMovements = new ListStockMovements(inventory, movements, inventory);
    public final Fakes.Settings settings = new Fakes.Settings();
    public final ImportStockCounts importStockCounts = new ImportStockCounts(inventory, adjustStock, inventory, settings,
            idempotency, Fakes.sequentialIds(), clock);

    /**
     * The workflow's SaveOrder then ReserveStock, SaveOrder's answer carried as the ASL carries it: since ADR 0088
     * SaveOrder writes nothing and ReserveStock's write accepts the order (and records both steps).
     */
    public app.orderdesk.backend.usecase.TaskResult acceptAndReserve(String orderId) {
        var saved = saveOrder.execute(orderId);
        var carried = new app.orderdesk.backend.usecase.CarriedOrder(saved.orderNumber(), saved.totalCents(), saved.createdAt(),
                saved.status(), saved.lines());
        return reserveStock.execute(new app.orderdesk.backend.usecase.StepInput(orderId, carried, "ReserveStock", 0, clock.instant(),
                saved.validated(), saved.saved(), null, null, false));
    }

    public static PlaceOrderRequest request(String token, OrderLineRequest... lines) {
        return new PlaceOrderRequest(List.of(lines), new CustomerDetails("Ada@Example.test", "Ada Lovelace", "+44 20 7946 0000"), token);
    }

    public static OrderLineRequest line(String productId, int quantity) {
        return new OrderLineRequest(productId, quantity);
    }

    /** Places an order and returns its id. */
    public String place(String token, OrderLineRequest... lines) {
        return placeOrder.execute("key-" + token + "-" + lines.length + "-" + System.nanoTime(), request(token, lines)).orderId();
    }
}
