package app.orderdesk.desktop.fakes;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.ReceiptLinkView;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.api.TimelineView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.InventoryQuery;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;

/** A scripted API: records calls and answers from queues the test fills. */
/** Thread-safe enough for one screen: calls are serialised with {@code synchronized}. */
public final class FakeApiClient implements ApiClient {

    public static final InventoryItemView MUG = new InventoryItemView("p-mug", "MUG-1", "Blue mug", 1250, 40, 0, 5, false);
    public static final InventoryItemView TEA = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true);

    public final List<InventoryQuery> inventoryQueries = new ArrayList<>();
    public final List<String> idempotencyKeys = new ArrayList<>();
    public final List<PlaceOrderRequest> placed = new ArrayList<>();
    public final Deque<OrderStatus> statuses = new ArrayDeque<>();
    public int orderCalls;
    public int receiptCalls;
    public String statusReason;
    /** Replaces the answer of placeOrder when set (e.g. to throw, or to observe state mid-call). */
    public BiFunction<PlaceOrderRequest, String, PlaceOrderResponse> placeOrderHook;
    public RuntimeException receiptFailure;
    public byte[] receiptBytes = "%PDF-fake".getBytes();

    @Override
    public synchronized PlaceOrderResponse placeOrder(PlaceOrderRequest request, String idempotencyKey) {
        idempotencyKeys.add(idempotencyKey);
        placed.add(request);
        if (placeOrderHook != null) {
            return placeOrderHook.apply(request, idempotencyKey);
        }
        return new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED);
    }

    @Override
    public synchronized OrderView order(String orderId) {
        orderCalls++;
        OrderStatus status = statuses.size() > 1 ? statuses.poll() : statuses.peek();
        return new OrderView(orderId, "OD-1001", status, status.isFinal() ? statusReason : null,
                new CustomerDetails("a@b.co", "A", null), List.of(), 1250, "USD", null,
                status == OrderStatus.COMPLETED, Instant.now(), Instant.now());
    }

    @Override
    public synchronized TimelineView timeline(String orderId) {
        return new TimelineView(orderId, "RUNNING", List.of(
                new TimelineStep("ReserveStock", "SUCCEEDED", Instant.now(), Instant.now(), 12L, 1, null, null)));
    }

    @Override
    public synchronized ReceiptLinkView receiptLink(String orderId) {
        receiptCalls++;
        if (receiptFailure != null) {
            throw receiptFailure;
        }
        return new ReceiptLinkView(orderId, "http://receipts.invalid/o-1.pdf", Instant.now().plusSeconds(300));
    }

    @Override
    public synchronized byte[] download(String presignedUrl) {
        return receiptBytes;
    }

    @Override
    public synchronized Page<InventoryItemView> inventory(InventoryQuery query) {
        inventoryQueries.add(query);
        String q = query.q() == null ? "" : query.q().toLowerCase(java.util.Locale.ROOT);
        return new Page<>(java.util.stream.Stream.of(MUG, TEA)
                .filter(item -> (item.sku() + " " + item.name()).toLowerCase(java.util.Locale.ROOT).contains(q))
                .toList(), null);
    }
}
