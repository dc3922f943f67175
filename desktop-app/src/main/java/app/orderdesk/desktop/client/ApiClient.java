package app.orderdesk.desktop.client;

import app.orderdesk.api.ImportReportView;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.OrderSummaryView;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.Page;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.api.CreditNoteLinkView;
import app.orderdesk.api.ReceiptLinkView;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.api.RefundView;
import app.orderdesk.api.ResendReceiptResponse;
import app.orderdesk.api.StockAdjustmentRequest;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.api.TimelineView;

/**
 * The Order Desk HTTP API as typed calls; every call blocks, so call it only from background work.
 * Failures are an {@link ApiException} (the server answered with an error) or a
 * {@link ConnectionUnavailableException} (no answer at all).
 */
public interface ApiClient {

    /** {@code POST /place-order}; the same {@code idempotencyKey} never creates a second order. */
    PlaceOrderResponse placeOrder(PlaceOrderRequest request, String idempotencyKey);

    OrderView order(String orderId);

    TimelineView timeline(String orderId);

    ReceiptLinkView receiptLink(String orderId);

    /** Downloads a presigned URL with a plain GET (it carries its own signature, so no Authorization). */
    byte[] download(String presignedUrl);

    Page<InventoryItemView> inventory(InventoryQuery query);

    /** {@code GET /orders}: one page of matching orders, newest first. */
    Page<OrderSummaryView> searchOrders(OrderQuery query);

    /** {@code POST /orders/{id}/cancel} (managers; before payment only, else 409). */
    OrderView cancelOrder(String orderId, String reason);

    /** {@code POST /orders/{id}/receipt/email} (support, managers); {@code email} null means the order's own. */
    ResendReceiptResponse resendReceipt(String orderId, String email);

    /** {@code POST /inventory/{id}/adjustments} (managers); the same key never applies a change twice. */
    StockMovementView adjustStock(String productId, StockAdjustmentRequest request, String idempotencyKey);

    /** {@code GET /inventory/{id}/adjustments}: the product's movement history, newest first. */
    Page<StockMovementView> movements(String productId, Integer limit, String nextToken);

    /** {@code POST /inventory/import} (managers): counts as CSV {@code sku,count}; {@code dryRun} changes nothing. */
    /** {@code idempotencyKey}: null for a preview; for the real import, one per previewed file, the same on a re-send. */
    ImportReportView importCounts(String csv, boolean dryRun, String idempotencyKey);

    /**
     * {@code POST /orders/{id}/refunds} (support up to the stack's limit, managers); the same key never
     * refunds twice. (Defaults only so that test doubles without refunds need not implement them.)
     */
    default RefundView refund(String orderId, RefundRequest request, String idempotencyKey) {
        throw new UnsupportedOperationException("refunds are not supported by " + getClass().getName());
    }

    /**
     * {@code POST /orders/{id}/payment-received} (support, managers): the customer of an order paid on delivery paid
     * (ADR 0071); answers the order with its {@code paymentReceived}. The same method again answers the same record.
     */
    default OrderView recordPaymentReceived(String orderId, app.orderdesk.api.PaymentReceivedRequest request, String idempotencyKey) {
        throw new UnsupportedOperationException("payments on delivery are not supported by " + getClass().getName());
    }

    /**
     * {@code POST /orders/{id}/payment-received/undo} (support, managers): the payment recorded for an order paid on
     * delivery was recorded by mistake (ADR 0072); answers the order, its {@code paymentReceived} gone and the record
     * kept in {@code paymentUndone}. Asked again, it answers the order as it stands.
     */
    default OrderView undoPaymentReceived(String orderId, app.orderdesk.api.UndoPaymentReceivedRequest request, String idempotencyKey) {
        throw new UnsupportedOperationException("payments on delivery are not supported by " + getClass().getName());
    }

    /** {@code GET /orders/{id}/credit-notes/{refundId}}: a short-lived link to the refund's credit note PDF. */
    default CreditNoteLinkView creditNoteLink(String orderId, String refundId) {
        throw new UnsupportedOperationException("credit notes are not supported by " + getClass().getName());
    }

    /** {@code GET /inventory/{id}} (all roles): one product's stock now, e.g. after a pushed stock change. */
    default InventoryItemView inventoryItem(String productId) {
        throw new UnsupportedOperationException("inventoryItem is not supported by " + getClass().getName());
    }

    /** h-x: {@code POST /inventory} (managers): a new product (201); 409 DUPLICATE_SKU names {@code sku}. */
    default InventoryItemView createProduct(app.orderdesk.api.ProductRequest request) {
        throw new UnsupportedOperationException("createProduct is not supported by " + getClass().getName());
    }

    /** h-x: {@code PUT /inventory/{id}} (managers): an edit from {@code expectedVersion}; 409 VERSION_CONFLICT when someone else's landed first. */
    default InventoryItemView editProduct(String productId, app.orderdesk.api.ProductRequest request) {
        throw new UnsupportedOperationException("editProduct is not supported by " + getClass().getName());
    }
}
