package app.orderdesk.desktop.fakes;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.ResendReceiptResponse;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.client.OrderQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
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
public class FakeApiClient implements ApiClient, app.orderdesk.desktop.client.StoreSettingsApi {

    public static final InventoryItemView MUG = new InventoryItemView("p-mug", "MUG-1", "Blue mug", 1250, 40, 0, 5, false);
    /** Of the tax category "food" (h-p): taxed at the store's food rate when it has one. */
    public static final InventoryItemView TEA = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true, "food");

    public final List<InventoryQuery> inventoryQueries = new ArrayList<>();
    public final List<String> idempotencyKeys = new ArrayList<>();
    public final List<PlaceOrderRequest> placed = new ArrayList<>();
    public final Deque<OrderStatus> statuses = new ArrayDeque<>();
    public int orderCalls;
    /** The order ids GET /orders/{id} was asked for, in order. */
    public final List<String> ordersAsked = new java.util.concurrent.CopyOnWriteArrayList<>();
    public int receiptCalls;
    public String statusReason;
    /** The reason is answered on an open status too (an order held, or its receipt left for follow-up); else on final ones only. */
    public volatile boolean reasonWhileOpen;
    /** The reason's code and values the fake's orders carry (null: an order written before reason codes). */
    public String statusReasonCode;
    public java.util.Map<String, String> statusReasonParams = java.util.Map.of();
    /** Replaces the answer of placeOrder when set (e.g. to throw, or to observe state mid-call). */
    public BiFunction<PlaceOrderRequest, String, PlaceOrderResponse> placeOrderHook;
    public RuntimeException receiptFailure;
    public byte[] receiptBytes = "%PDF-fake".getBytes();
    public final List<OrderQuery> orderQueries = new ArrayList<>();
    /** Pages of GET /orders by the nextToken asked for ("" for the first page). */
    public final Map<String, Page<OrderSummaryView>> orderPages = new HashMap<>();
    /** Pages of GET /inventory by nextToken ("" for the first); when empty, the two fixed products. */
    public final Map<String, Page<InventoryItemView>> inventoryPages = new HashMap<>();
    /** The order number placeOrder and GET /orders/{id} answer. */
    public volatile String orderNumber = "OD-1001";
    public final List<String> cancelled = new ArrayList<>();
    public final List<String> resent = new ArrayList<>();
    /** The address each resend named; null where it asked for the order's own (as the API takes no body). */
    public final List<String> resentTo = new ArrayList<>();
    public final List<StockAdjustmentRequest> adjustments = new ArrayList<>();
    public final List<String> adjustmentKeys = new ArrayList<>();
    public final List<StockMovementView> history = new ArrayList<>();
    public final List<String> importedCsv = new ArrayList<>();
    public final List<Boolean> importDryRuns = new ArrayList<>();
    /** The Idempotency-Key of each import call (null for a preview). */
    public final List<String> importKeys = new ArrayList<>();
    /** Refunds asked for, with their Idempotency-Key, and the answer (or failure) to give. */
    public final List<app.orderdesk.api.RefundRequest> refunds = new ArrayList<>();
    public final List<String> refundKeys = new ArrayList<>();
    public java.util.function.Function<app.orderdesk.api.RefundRequest, app.orderdesk.api.RefundView> refundHook;
    /** Answers POST /inventory/import from (csv, dryRun); null answers an empty report. */
    public BiFunction<String, Boolean, ImportReportView> importHook;
    /** Replaces the answer of adjustStock when set. */
    public Function<StockAdjustmentRequest, StockMovementView> adjustHook;
    /** Thrown by every call except placeOrder when set (e.g. the API is down). */
    public RuntimeException failEverything;
    /** The lines and customer GET /orders/{id} answers (none and "A" unless a test sets others). */
    public volatile List<app.orderdesk.api.OrderLineView> orderLines = List.of();
    public volatile CustomerDetails orderCustomer = new CustomerDetails("a@b.co", "A", null);
    /** How GET /orders/{id}'s order is paid (null: an API from before the method was sent) and its payment on delivery. */
    public volatile app.orderdesk.api.PaymentMethod orderPaymentMethod;
    public volatile app.orderdesk.api.PaymentReceivedView orderPaymentReceived;
    /** POST /orders/{id}/payment-received asked for, and the failure to answer instead (e.g. a 409). */
    public final List<app.orderdesk.api.PaymentReceivedRequest> paymentsReceived = new ArrayList<>();
    /** The Idempotency-Key of each payment record and undo, in the order sent (ADR 0085). */
    public final List<String> paymentKeys = new ArrayList<>();
    public RuntimeException paymentReceivedFailure;
    public volatile app.orderdesk.api.PaymentUndoneView orderPaymentUndone;
    public final List<app.orderdesk.api.UndoPaymentReceivedRequest> paymentsUndone = new ArrayList<>();
    /** The workflow steps GET /timeline answers; one finished step unless a test sets others. */
    public volatile List<TimelineStep> timelineSteps = List.of(
            new TimelineStep("ReserveStock", "SUCCEEDED", Instant.now(), Instant.now(), 12L, 1, null, null));

    @Override
    public synchronized PlaceOrderResponse placeOrder(PlaceOrderRequest request, String idempotencyKey) {
        idempotencyKeys.add(idempotencyKey);
        placed.add(request);
        if (placeOrderHook != null) {
            return placeOrderHook.apply(request, idempotencyKey);
        }
        return new PlaceOrderResponse("o-1", orderNumber, OrderStatus.RECEIVED);
    }

    @Override
    public synchronized OrderView order(String orderId) {
        if (orderFailure != null) {
            throw orderFailure;
        }
        orderCalls++;
        ordersAsked.add(orderId);
        OrderStatus status = statuses.size() > 1 ? statuses.poll() : statuses.peek();
        boolean reasoned = status.isFinal() || reasonWhileOpen;
        return new OrderView(orderId, orderNumber, status, reasoned ? statusReason : null,
                orderCustomer, orderLines, 1250, "USD", null,
                status == OrderStatus.COMPLETED, Instant.now(), Instant.now(), List.of(),
                reasoned ? statusReasonCode : null, reasoned ? statusReasonParams : null,
                orderPaymentMethod, orderPaymentReceived, orderPaymentUndone);
    }

    @Override
    public OrderView recordPaymentReceived(String orderId, app.orderdesk.api.PaymentReceivedRequest request, String idempotencyKey) {
        synchronized (this) {
            paymentsReceived.add(request);
            paymentKeys.add(idempotencyKey);
            if (paymentReceivedFailure != null) {
                throw paymentReceivedFailure;
            }
            orderPaymentReceived = new app.orderdesk.api.PaymentReceivedView(
                    app.orderdesk.api.CollectionMethod.valueOf(request.method()), request.note(), "sue@store.test",
                    Instant.parse("2026-12-01T10:12:00Z"));
        }
        return order(orderId);
    }

    /** As the server: the record moves to {@code paymentUndone} with the undoer and the reason (ADR 0072). */
    @Override
    public OrderView undoPaymentReceived(String orderId, app.orderdesk.api.UndoPaymentReceivedRequest request, String idempotencyKey) {
        synchronized (this) {
            paymentsUndone.add(request);
            paymentKeys.add(idempotencyKey);
            if (paymentReceivedFailure != null) {
                throw paymentReceivedFailure;
            }
            var received = orderPaymentReceived;
            if (received != null) {
                orderPaymentUndone = new app.orderdesk.api.PaymentUndoneView(received.method(), received.note(),
                        received.recordedBy(), received.recordedAt(), "bob@store.test", Instant.parse("2026-12-01T10:20:00Z"),
                        request.reason());
                orderPaymentReceived = null;
            }
        }
        return order(orderId);
    }

    @Override
    public synchronized TimelineView timeline(String orderId) {
        return new TimelineView(orderId, "RUNNING", timelineSteps);
    }

    @Override
    public synchronized ReceiptLinkView receiptLink(String orderId) {
        receiptCalls++;
        if (receiptFailure != null) {
            throw receiptFailure;
        }
        return new ReceiptLinkView(orderId, "http://receipts.invalid/o-1.pdf", Instant.now().plusSeconds(300));
    }

    /** Every URL downloaded, in order. */
    public final List<String> downloads = new ArrayList<>();
    /** What a download of that URL throws (e.g. a 403 from an expired or refused presigned URL). */
    public final Map<String, RuntimeException> downloadFailures = new HashMap<>();

    @Override
    public synchronized byte[] download(String presignedUrl) {
        downloads.add(presignedUrl);
        RuntimeException failure = downloadFailures.get(presignedUrl);
        if (failure != null) {
            throw failure;
        }
        return receiptBytes;
    }

    /** While set and not counted down, product searches wait for it (an API that is slow to answer). */
    public volatile java.util.concurrent.CountDownLatch inventoryAnswers;

    @Override
    public Page<InventoryItemView> inventory(InventoryQuery query) {
        java.util.concurrent.CountDownLatch answers = inventoryAnswers;
        if (answers != null) {
            try {
                answers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the fake API was slow", e);
            }
        }
        return answerInventory(query);
    }

    private synchronized Page<InventoryItemView> answerInventory(InventoryQuery query) {
        inventoryQueries.add(query);
        if (failEverything != null) {
            throw failEverything;
        }
        String q = query.q() == null ? "" : query.q().toLowerCase(java.util.Locale.ROOT);
        if (!inventoryPages.isEmpty()) {
            // Searched as the server searches (SKU or name): the product field's first match is the product typed, also
            // when Enter comes before the answer and the field reloads and highlights its first match.
            Page<InventoryItemView> page = inventoryPages.get(query.nextToken() == null ? "" : query.nextToken());
            return q.isEmpty() || page == null ? page : new Page<>(page.items().stream()
                    .filter(item -> (item.sku() + " " + item.name()).toLowerCase(java.util.Locale.ROOT).contains(q))
                    .toList(), page.nextToken());
        }
        return new Page<>(java.util.stream.Stream.of(MUG, TEA)
                .filter(item -> (item.sku() + " " + item.name()).toLowerCase(java.util.Locale.ROOT).contains(q))
                .toList(), null);
    }

    /** What GET /orders/{id} throws while set (null: it answers). */
    public volatile RuntimeException orderFailure;
    /** What POST /orders/{id}/cancel and /resend-receipt throw while set (null: they answer). */
    public volatile RuntimeException cancelFailure;
    public volatile RuntimeException resendFailure;

    /** What GET /inventory/{id} answers now, by product id (MUG and TEA as declared unless a test sets others). */
    public final Map<String, InventoryItemView> itemsNow = new HashMap<>();

    @Override
    public synchronized InventoryItemView inventoryItem(String productId) {
        if (failEverything != null) {
            throw failEverything;
        }
        InventoryItemView item = itemsNow.getOrDefault(productId,
                java.util.stream.Stream.of(MUG, TEA).filter(p -> p.productId().equals(productId)).findFirst().orElse(null));
        if (item == null) {
            throw new app.orderdesk.desktop.client.ApiException(404,
                    new app.orderdesk.api.ApiError("NOT_FOUND", "Product " + productId + " not found", List.of()));
        }
        return item;
    }

    @Override
    public synchronized Page<OrderSummaryView> searchOrders(OrderQuery query) {
        orderQueries.add(query);
        if (failEverything != null) {
            throw failEverything;
        }
        Page<OrderSummaryView> page = orderPages.get(query.nextToken() == null ? "" : query.nextToken());
        return page == null ? new Page<>(List.of(), null) : page;
    }

    @Override
    public synchronized OrderView cancelOrder(String orderId, String reason) {
        if (cancelFailure != null) {
            throw cancelFailure;
        }
        cancelled.add(orderId);
        return new OrderView(orderId, "OD-1001", OrderStatus.CANCELLED, reason, new CustomerDetails("a@b.co", "A", null),
                List.of(), 1250, "USD", null, false, Instant.now(), Instant.now());
    }

    @Override
    public synchronized ResendReceiptResponse resendReceipt(String orderId, String email) {
        if (resendFailure != null) {
            throw resendFailure;
        }
        resent.add(orderId);
        resentTo.add(email);
        return new ResendReceiptResponse(orderId, email != null ? email : "a@b.co", Instant.now());
    }

    @Override
    public synchronized StockMovementView adjustStock(String productId, StockAdjustmentRequest request, String idempotencyKey) {
        adjustments.add(request);
        adjustmentKeys.add(idempotencyKey);
        if (adjustHook != null) {
            return adjustHook.apply(request);
        }
        return new StockMovementView(productId, "m-" + adjustments.size(), request.reason(), request.delta(),
                40L, 40L + request.delta(), "manager@example.com", request.note(), Instant.now());
    }

    @Override
    public synchronized Page<StockMovementView> movements(String productId, Integer limit, String nextToken) {
        if (failEverything != null) { // h-a: the history's "could not be loaded"
            throw failEverything;
        }
        return new Page<>(history.stream().filter(m -> m.productId().equals(productId)).toList(), null);
    }

    @Override
    public synchronized ImportReportView importCounts(String csv, boolean dryRun, String idempotencyKey) {
        importedCsv.add(csv);
        importDryRuns.add(dryRun);
        importKeys.add(idempotencyKey);
        if (importHook != null) {
            return importHook.apply(csv, dryRun);
        }
        return new ImportReportView(dryRun, new ImportReportView.Counts(0, 0, 0, 0), List.of());
    }

    @Override
    public synchronized app.orderdesk.api.RefundView refund(String orderId, app.orderdesk.api.RefundRequest request, String idempotencyKey) {
        refunds.add(request);
        refundKeys.add(idempotencyKey);
        if (refundHook == null) {
            throw new UnsupportedOperationException("no refund answer scripted");
        }
        return refundHook.apply(request);
    }

    // --- GET/PUT /store-settings (issue 13, h-k) ---
    /** What GET /store-settings answers; PUT stores its request here (unless {@link #storeSettingsHook} answers). */
    public app.orderdesk.api.StoreSettingsView storeSettingsView = new app.orderdesk.api.StoreSettingsView("Order Desk",
            "", "", "", "", 0, "USD", "en-US", "UTC", "", null, null);
    public final List<app.orderdesk.api.StoreSettingsRequest> savedSettings = new ArrayList<>();
    /** The If-Match of each save, in order (ADR 0087). */
    public final List<String> settingsIfMatch = new ArrayList<>();
    /** Replaces the answer of PUT /store-settings when set (e.g. to throw a 400 or a 403). */
    public Function<app.orderdesk.api.StoreSettingsRequest, app.orderdesk.api.StoreSettingsView> storeSettingsHook;

    /** Thrown by GET /store-settings alone while set. */
    public volatile RuntimeException storeSettingsFailure;

    private int settingsReads;

    /** How many times GET /store-settings was asked for. */
    public synchronized int settingsReads() {
        return settingsReads;
    }

    @Override
    public synchronized app.orderdesk.api.StoreSettingsView storeSettings() {
        settingsReads++;
        if (failEverything != null) {
            throw failEverything;
        }
        if (storeSettingsFailure != null) {
            throw storeSettingsFailure;
        }
        return storeSettingsView;
    }

    @Override
    public synchronized app.orderdesk.api.StoreSettingsView saveStoreSettings(app.orderdesk.api.StoreSettingsRequest r, String ifMatch) {
        savedSettings.add(r);
        settingsIfMatch.add(ifMatch);
        if (storeSettingsHook != null) {
            return storeSettingsHook.apply(r);
        }
        storeSettingsView = new app.orderdesk.api.StoreSettingsView(r.name(), r.address(), r.phone(), r.email(), r.taxNumber(),
                r.taxRateBasisPoints(), r.currency(), r.locale(), r.timeZone(), r.receiptFooter(), "manager@example.com",
                "2026-11-29T00:00:00Z", r.logo() == null || r.logo().isEmpty() ? null : r.logo(), r.categoryTaxRates());
        return storeSettingsView;
    }

    // ---------- h-x: products ----------

    /** POST /inventory and PUT /inventory/{id} bodies, in order (edits keyed "id:" + productId). */
    public final List<app.orderdesk.api.ProductRequest> productRequests = new ArrayList<>();
    public final List<String> editedProductIds = new ArrayList<>();
    /** When set, answers both (productId null for a create) instead of echoing the request. */
    public BiFunction<String, app.orderdesk.api.ProductRequest, InventoryItemView> productHook;

    @Override
    public synchronized InventoryItemView createProduct(app.orderdesk.api.ProductRequest r) {
        productRequests.add(r);
        if (productHook != null) {
            return productHook.apply(null, r);
        }
        return new InventoryItemView("sku-" + r.sku().toLowerCase(java.util.Locale.ROOT), r.sku(), r.name(), r.priceCents(), 0, 0, 0,
                true, r.category() == null || r.category().isBlank() ? null : r.category(), 1);
    }

    @Override
    public synchronized InventoryItemView editProduct(String productId, app.orderdesk.api.ProductRequest r) {
        productRequests.add(r);
        editedProductIds.add(productId);
        if (productHook != null) {
            return productHook.apply(productId, r);
        }
        InventoryItemView was = java.util.stream.Stream.of(MUG, TEA).filter(i -> i.productId().equals(productId)).findFirst().orElseThrow();
        return new InventoryItemView(productId, was.sku(), r.name(), r.priceCents(), was.available(), was.reserved(),
                was.lowStockThreshold(), was.lowStock(), r.category() == null || r.category().isBlank() ? null : r.category(),
                r.expectedVersion() + 1);
    }
}
