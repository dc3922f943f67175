package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.putIfPresent;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderDay;
import app.orderdesk.backend.domain.WorkflowStartLease;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Orders table items, keyed by {@code orderId}; see {@link #toItem} for the attributes. Optional
 * attributes are omitted rather than null so the email/phone/number indexes stay sparse. A payment received on
 * delivery (ADR 0071) is the map {@code paymentReceived} ({@code method}, {@code note}, {@code recordedBy},
 * {@code recordedAt}). Its last undo (ADR 0072) is two maps: {@code paymentUndone} ({@code undoneBy}, {@code undoneAt},
 * {@code reason}) and {@code paymentUndoneReceipt}, the removed {@code paymentReceived} as it was.
 */
public final class DynamoDbOrderRepository implements OrderRepository {

    private final DynamoDbClient client;
    private final String tableName;
    private final ZoneId storeZone;

    public DynamoDbOrderRepository(DynamoDbClient client, String tableName) {
        this(client, tableName, ZoneOffset.UTC);
    }

    /** {@code storeZone} decides the store day ({@code orderDay}, the DayIndex key) a new order is filed under. */
    public DynamoDbOrderRepository(DynamoDbClient client, String tableName, ZoneId storeZone) {
        this.client = client;
        this.tableName = tableName;
        this.storeZone = storeZone;
    }

    @Override
    public Optional<Order> find(String orderId) {
        var response = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("orderId", s(orderId))).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(toOrder(response.item())) : Optional.empty();
    }

    @Override
    public boolean create(Order order) {
        return create(order, null);
    }

    @Override
    public boolean create(Order order, String placedBy) {
        try {
            Map<String, AttributeValue> item = toItem(order);
            putIfPresent(item, "placedBy", placedBy);
            item.put("orderDay", s(OrderDay.of(order.createdAt(), storeZone)));
            // Epoch milliseconds: a number compares in time order (ISO texts of varying precision do not).
            item.put("startLeaseUntil", n(WorkflowStartLease.until(order.createdAt()).toEpochMilli()));
            AwsFailures.run("Orders PutItem", () -> client.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(orderId)")));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public boolean update(OrderUpdate update) {
        try {
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(updateRequest(update, ReturnValue.NONE)));
            return true;
        } catch (ConditionalCheckFailedException staleOrRepeated) {
            return false;
        }
    }

    /** The same one conditional write, returning the item it left (no capacity of its own: no read). */
    @Override
    public Optional<Written> updateReturningWritten(OrderUpdate update) {
        return writeReturning("Orders UpdateItem", updateRequest(update, ReturnValue.ALL_NEW));
    }

    @Override
    public Optional<Written> cancelReturningWritten(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        return writeReturning("Orders cancel", cancelRequest(orderId, reason, reasonCode, at).toBuilder().returnValues(ReturnValue.ALL_NEW).build());
    }

    private Optional<Written> writeReturning(String operation, UpdateItemRequest request) {
        try {
            return Optional.of(written(AwsFailures.call(operation, () -> client.updateItem(request)).attributes()));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    /** What desks show of the order item a write returned ({@code ReturnValues=ALL_NEW}); the hold writes answer it too. */
    static Written written(Map<String, AttributeValue> item) {
        return new Written(OrderStatus.valueOf(item.get("status").s()), str(item, "statusReason"),
                Attr.reasonCode(item, "statusReasonCode"), str(item, "placedBy"), item.containsKey("receiptKey"));
    }

    private UpdateItemRequest updateRequest(OrderUpdate update, ReturnValue returnValue) {
        List<String> sets = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#status", "status");
        names.put("#version", "version");
        set(sets, values, "updatedAt", update.updatedAt().toString());
        if (update.status() != null) {
            sets.add("#status = :status");
            values.put(":status", s(update.status().name()));
        }
        set(sets, values, "statusReason", update.statusReason());
        if (update.statusReason() != null) {
            sets.add("statusReasonCode = :statusReasonCode");
            values.put(":statusReasonCode", Attr.reasonCode(update.statusReasonCode()));
        }
        set(sets, values, "paymentId", update.paymentId());
        set(sets, values, "receiptKey", update.receiptKey());
        set(sets, values, "emailSentAt", update.emailSentAt() == null ? null : update.emailSentAt().toString());
        set(sets, values, "acceptedAt", update.acceptedAt() == null ? null : update.acceptedAt().toString());
        if (!update.steps().isEmpty()) {
            // The timeline grows in the same conditional write: a step is recorded exactly when its change is made.
            sets.add("timeline = list_append(if_not_exists(timeline, :noSteps), :steps)");
            values.put(":noSteps", AttributeValue.fromL(List.of()));
            values.put(":steps", AttributeValue.fromL(update.steps().stream().map(TimelineItems::toItem).toList()));
        }
        values.put(":one", n(1));

        List<String> allowed = new ArrayList<>();
        for (OrderStatus status : update.expectedStatuses()) {
            String placeholder = ":from" + allowed.size();
            allowed.add(placeholder);
            values.put(placeholder, s(status.name()));
        }
        String condition = "attribute_exists(orderId) AND #status IN (" + String.join(", ", allowed) + ")";
        if (update.paymentId() != null) {
            // A payment is recorded once; a redelivered ProcessPayment finds it and stops.
            condition += " AND attribute_not_exists(paymentId)";
        }
        if (update.acceptedAt() != null) {
            // Accepted once; a redelivered SaveOrder changes nothing (and appends no second step).
            condition += " AND attribute_not_exists(acceptedAt)";
        }
        List<String> removes = new ArrayList<>();
        if (update.acceptedAt() != null) {
            // The start lease only guards a workflow that has not accepted the order yet (ADR 0054: a smaller item).
            removes.add("startLeaseUntil");
        }
        if (update.paymentId() != null) {
            // Once paid, paymentId guards what paymentClaimedAt guarded (cancel, a second claim).
            removes.add("paymentClaimedAt");
        }
        if (update.emailSentAt() != null) {
            // Once sent, emailSentAt guards what the claim guarded (claimEmail requires it absent): the ~80 bytes go,
            // so a small order's last writes stay within one write unit (1 KB).
            removes.add("emailClaim");
            removes.add("emailClaimedAt");
        }
        if (update.status() == OrderStatus.COMPLETED && update.statusReason() == null) {
            // A completed order has nothing left to explain: a follow-up or hold note written on the way goes.
            removes.add("statusReason");
            removes.add("statusReasonCode");
        }
        return UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(update.orderId())))
                .updateExpression("SET " + String.join(", ", sets) + " ADD #version :one"
                        + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes)))
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(returnValue)
                .build();
    }

    @Override
    public boolean claimPayment(String orderId, Instant at) {
        return conditionalUpdate("Orders claim payment", claimRequest(orderId, at, ReturnValue.NONE));
    }

    @Override
    public Optional<Order> claimPaymentReturningOrder(String orderId, Instant at) {
        try {
            var response = AwsFailures.call("Orders claim payment", () -> client.updateItem(claimRequest(orderId, at, ReturnValue.ALL_NEW)));
            return Optional.of(toOrder(response.attributes()));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    @Override
    public boolean claimEmail(String orderId, String claimant, Instant at) {
        return conditionalUpdate("Orders claim email", UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET emailClaim = :claimant, emailClaimedAt = :at")
                .conditionExpression("attribute_exists(orderId) AND attribute_not_exists(emailSentAt)"
                        + " AND (attribute_not_exists(emailClaim) OR emailClaim = :claimant)")
                .expressionAttributeValues(Map.of(":claimant", s(EmailClaims.mark(claimant)), ":at", s(at.toString())))
                .build());
    }

    @Override
    public boolean claimWorkflowStart(String orderId, Instant at) {
        return conditionalUpdate("Orders claim workflow start", UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET startLeaseUntil = :until")
                .conditionExpression("attribute_exists(orderId) AND #status = :received AND attribute_not_exists(acceptedAt)"
                        + " AND (attribute_not_exists(startLeaseUntil) OR startLeaseUntil < :now)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":received", s(OrderStatus.RECEIVED.name()),
                        ":now", n(at.toEpochMilli()), ":until", n(WorkflowStartLease.until(at).toEpochMilli())))
                .build());
    }

    @Override
    public void releaseWorkflowStart(String orderId) {
        conditionalUpdate("Orders release workflow start", UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("REMOVE startLeaseUntil")
                .conditionExpression("attribute_exists(orderId)")
                .build());
    }

    /** ADR 0071: one conditional UpdateItem that answers the item it left (ALL_NEW); no read before it. */
    @Override
    public Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt, String requestKey) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":receipt", AttributeValue.fromM(toItem(receipt)));
        values.put(":at", s(receipt.recordedAt().toString()));
        values.put(":one", n(1));
        String owed = PaymentOwedCondition.expression(values);
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET paymentReceived = :receipt, updatedAt = :at ADD #version :one" + PaymentRequestKeys.add(requestKey, values))
                .conditionExpression("attribute_exists(orderId) AND " + owed + PaymentRequestKeys.unused(requestKey, values))
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            return Optional.of(toOrder(AwsFailures.call("Orders record payment received", () -> client.updateItem(request)).attributes()));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    /**
     * ADR 0072: one conditional UpdateItem that answers the item it left (ALL_NEW); no read before it. The record is
     * copied as it is stored into {@code paymentUndoneReceipt} and removed in the same write (every action of an update
     * expression reads the item as it was before it). The undo's own facts go in a map of their own: one expression may
     * not set a map and a member of it, so they cannot be added to the copied map.
     */
    @Override
    public Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":undo", AttributeValue.fromM(undoFacts(undoneBy, undoneAt, reason)),
                ":at", s(undoneAt.toString()), ":one", n(1)));
        var request = UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET paymentUndone = :undo, paymentUndoneReceipt = paymentReceived, updatedAt = :at"
                        + " REMOVE paymentReceived ADD #version :one" + PaymentRequestKeys.add(requestKey, values))
                .conditionExpression("attribute_exists(orderId) AND attribute_exists(paymentReceived)" + PaymentRequestKeys.unused(requestKey, values))
                .expressionAttributeNames(Map.of("#version", "version"))
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            return Optional.of(toOrder(AwsFailures.call("Orders undo payment received", () -> client.updateItem(request)).attributes()));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    @Override
    public boolean paymentRequestSeen(String orderId, String requestKey) {
        var item = AwsFailures.call("Orders GetItem payment requests", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("orderId", s(orderId))).consistentRead(true).projectionExpression(PaymentRequestKeys.ATTRIBUTE))).item();
        return PaymentRequestKeys.contains(item, requestKey);
    }

    private static Map<String, AttributeValue> toItem(PaymentReceipt receipt) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("method", s(receipt.method().name()));
        putIfPresent(m, "note", receipt.note());
        m.put("recordedBy", s(receipt.recordedBy()));
        m.put("recordedAt", s(receipt.recordedAt().toString()));
        return m;
    }

    /** The map {@code paymentUndone}: who undid the payment, when and why (the undone record is beside it). */
    private static Map<String, AttributeValue> undoFacts(String undoneBy, Instant undoneAt, String reason) {
        return Map.of("undoneBy", s(undoneBy), "undoneAt", s(undoneAt.toString()), "reason", s(reason));
    }

    /** The map {@code attribute} of {@code item} as a receipt; null when absent. */
    private static PaymentReceipt toPaymentReceipt(Map<String, AttributeValue> item, String attribute) {
        AttributeValue stored = item.get(attribute);
        if (stored == null || !stored.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = stored.m();
        return new PaymentReceipt(PaymentReceipt.Method.valueOf(str(m, "method")), str(m, "note"), str(m, "recordedBy"),
                instant(m, "recordedAt"));
    }

    private static PaymentUndo toPaymentUndo(Map<String, AttributeValue> item) {
        AttributeValue stored = item.get("paymentUndone");
        PaymentReceipt undone = toPaymentReceipt(item, "paymentUndoneReceipt");
        if (stored == null || !stored.hasM() || undone == null) {
            return null;
        }
        Map<String, AttributeValue> m = stored.m();
        return new PaymentUndo(undone, str(m, "undoneBy"), instant(m, "undoneAt"), str(m, "reason"));
    }

    @Override
    public Optional<StoredTimeline> findTimeline(String orderId) {
        var response = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(Map.of("orderId", s(orderId))).consistentRead(true)
                .projectionExpression("orderId, #status, statusReason, acceptedAt, timeline")
                .expressionAttributeNames(Map.of("#status", "status"))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue timeline = item.get("timeline");
        List<WorkflowStep> steps = timeline == null || !timeline.hasL() ? List.of()
                : timeline.l().stream().map(v -> TimelineItems.toStep(v.m())).toList();
        return Optional.of(new StoredTimeline(str(item, "orderId"), OrderStatus.valueOf(str(item, "status")),
                str(item, "statusReason"), instant(item, "acceptedAt"), steps));
    }

    private UpdateItemRequest claimRequest(String orderId, Instant at, ReturnValue returnValue) {
        return UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET paymentClaimedAt = if_not_exists(paymentClaimedAt, :at)")
                .conditionExpression("attribute_exists(orderId) AND #status = :reserved AND attribute_not_exists(paymentId)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":at", s(at.toString()), ":reserved", s(OrderStatus.RESERVED.name())))
                .returnValues(returnValue)
                .build();
    }

    @Override
    public boolean cancel(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        return conditionalUpdate("Orders cancel", cancelRequest(orderId, reason, reasonCode, at));
    }

    private UpdateItemRequest cancelRequest(String orderId, String reason, ReasonCode reasonCode, Instant at) {
        return UpdateItemRequest.builder().tableName(tableName)
                .key(Map.of("orderId", s(orderId)))
                .updateExpression("SET #status = :cancelled, statusReason = :reason, statusReasonCode = :code, updatedAt = :at ADD #version :one")
                .conditionExpression("attribute_exists(orderId) AND #status IN (:received, :reserved)"
                        + " AND attribute_not_exists(paymentClaimedAt) AND attribute_not_exists(paymentId)")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(Map.of(":cancelled", s(OrderStatus.CANCELLED.name()), ":reason", s(reason),
                        ":code", Attr.reasonCode(reasonCode),
                        ":at", s(at.toString()), ":one", n(1), ":received", s(OrderStatus.RECEIVED.name()),
                        ":reserved", s(OrderStatus.RESERVED.name())))
                .build();
    }

    private boolean conditionalUpdate(String operation, UpdateItemRequest request) {
        try {
            AwsFailures.run(operation, () -> client.updateItem(request));
            return true;
        } catch (ConditionalCheckFailedException refused) {
            return false;
        }
    }

    private static void set(List<String> sets, Map<String, AttributeValue> values, String attribute, String value) {
        if (value != null) {
            sets.add(attribute + " = :" + attribute);
            values.put(":" + attribute, s(value));
        }
    }

    static Map<String, AttributeValue> toItem(Order order) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("orderId", s(order.orderId()));
        item.put("orderNumber", s(order.orderNumber()));
        item.put("customerEmail", s(order.customer().email()));
        putIfPresent(item, "customerPhone", order.customer().phone());
        item.put("customerName", s(order.customer().name()));
        item.put("createdAt", s(order.createdAt().toString()));
        item.put("updatedAt", s(order.updatedAt().toString()));
        item.put("status", s(order.status().name()));
        putIfPresent(item, "statusReason", order.statusReason());
        putIfPresent(item, "statusReasonCode", order.statusReasonCode());
        item.put("lines", AttributeValue.fromL(order.lines().stream().map(DynamoDbOrderRepository::toItem).toList()));
        item.put("totalCents", n(order.total().cents()));
        item.put("currency", s(order.total().currency()));
        putIfPresent(item, "idempotencyKey", order.idempotencyKey());
        putIfPresent(item, "paymentToken", order.paymentToken());
        putIfPresent(item, "paymentId", order.paymentId());
        putIfPresent(item, "receiptKey", order.receiptKey());
        putIfPresent(item, "emailSentAt", order.emailSentAt() == null ? null : order.emailSentAt().toString());
        putIfPresent(item, "acceptedAt", order.acceptedAt() == null ? null : order.acceptedAt().toString());
        if (order.paymentReceived() != null) {
            item.put("paymentReceived", AttributeValue.fromM(toItem(order.paymentReceived())));
        }
        if (order.paymentUndone() != null) {
            PaymentUndo undo = order.paymentUndone();
            item.put("paymentUndone", AttributeValue.fromM(undoFacts(undo.undoneBy(), undo.undoneAt(), undo.reason())));
            item.put("paymentUndoneReceipt", AttributeValue.fromM(toItem(undo.undone())));
        }
        item.put("version", n(order.version()));
        return item;
    }

    private static AttributeValue toItem(OrderLine line) {
        Map<String, AttributeValue> m = new java.util.HashMap<>(Map.of(
                "productId", s(line.productId()),
                "sku", s(line.sku()),
                "name", s(line.name()),
                "quantity", n(line.quantity()),
                "unitPriceCents", n(line.unitPrice().cents()),
                "lineTotalCents", n(line.lineTotal().cents())));
        if (line.taxRateBasisPoints() != null) {
            m.put("taxRateBasisPoints", n(line.taxRateBasisPoints()));
        }
        return AttributeValue.fromM(m);
    }

    static Order toOrder(Map<String, AttributeValue> item) {
        String currency = str(item, "currency");
        List<OrderLine> lines = item.get("lines").l().stream().map(v -> {
            Map<String, AttributeValue> m = v.m();
            return new OrderLine(str(m, "productId"), str(m, "sku"), str(m, "name"), (int) num(m, "quantity", 0),
                    Money.ofCents(num(m, "unitPriceCents", 0), currency),
                    m.containsKey("taxRateBasisPoints") ? (int) num(m, "taxRateBasisPoints", 0) : null);
        }).toList();
        Instant createdAt = instant(item, "createdAt");
        return new Order(
                str(item, "orderId"),
                str(item, "orderNumber"),
                new Customer(str(item, "customerEmail"), str(item, "customerName"), str(item, "customerPhone")),
                lines,
                Money.ofCents(num(item, "totalCents", 0), currency),
                OrderStatus.valueOf(str(item, "status")),
                str(item, "statusReason"),
                str(item, "idempotencyKey"),
                str(item, "paymentToken"),
                str(item, "paymentId"),
                str(item, "receiptKey"),
                instant(item, "emailSentAt"),
                instant(item, "acceptedAt"),
                createdAt,
                instant(item, "updatedAt"),
                num(item, "version", 1),
                Attr.reasonCode(item, "statusReasonCode"),
                toPaymentReceipt(item, "paymentReceived"),
                toPaymentUndo(item));
    }
}
