package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.putIfPresent;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Refunds on the Orders item itself: {@code refunds} (map refundId → refund), {@code refundedQty}
 * (map line index → units refunded) and {@code refundedCents}. Adding a refund is ONE conditional
 * UpdateItem (no transactions in dynalite): it raises each line's quantity only while the line stays
 * within what was sold ({@code refundedQty.<i> <= sold - q}), the total only while it stays within the
 * order's total, and only when no refund with that id is there yet.
 */
public final class DynamoDbRefundRepository implements RefundRepository {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbRefundRepository(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public OrderRefunds find(String orderId) {
        var response = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(key(orderId)).consistentRead(true)));
        return response.hasItem() ? toRefunds(orderId, response.item()) : OrderRefunds.none();
    }

    @Override
    public ApplyOutcome apply(Order order, Refund refund) {
        // A nested path can only be set once its parent map exists: create the two maps first (harmless when there).
        AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(order.orderId()))
                .updateExpression("SET refundedQty = if_not_exists(refundedQty, :empty), refunds = if_not_exists(refunds, :empty)")
                .conditionExpression("attribute_exists(orderId)")
                .expressionAttributeValues(Map.of(":empty", AttributeValue.fromM(Map.of())))));
        List<String> sets = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#status", "status");
        names.put("#version", "version");
        names.put("#rid", refund.refundId());
        values.put(":zero", n(0));
        values.put(":one", n(1));
        for (RefundLine line : refund.lines()) {
            String i = Integer.toString(line.lineIndex());
            names.put("#l" + i, i);
            values.put(":q" + i, n(line.quantity()));
            values.put(":max" + i, n(order.lines().get(line.lineIndex()).quantity() - line.quantity()));
            sets.add("refundedQty.#l" + i + " = if_not_exists(refundedQty.#l" + i + ", :zero) + :q" + i);
            conditions.add("(attribute_not_exists(refundedQty.#l" + i + ") OR refundedQty.#l" + i + " <= :max" + i + ")");
        }
        sets.add("refundedCents = if_not_exists(refundedCents, :zero) + :amount");
        sets.add("refunds.#rid = :refund");
        sets.add("#status = :partial");
        sets.add("updatedAt = :now");
        values.put(":amount", n(refund.amount().cents()));
        values.put(":mostBefore", n(order.total().cents() - refund.amount().cents()));
        values.put(":refund", AttributeValue.fromM(toItem(refund)));
        values.put(":partial", s(OrderStatus.PARTIALLY_REFUNDED.name()));
        values.put(":completed", s(OrderStatus.COMPLETED.name()));
        values.put(":now", s(refund.createdAt().toString()));
        String condition = "#status IN (:completed, :partial) AND attribute_not_exists(refunds.#rid)"
                + " AND (attribute_not_exists(refundedCents) OR refundedCents <= :mostBefore) AND "
                + String.join(" AND ", conditions);
        var request = UpdateItemRequest.builder().tableName(tableName).key(key(order.orderId()))
                .updateExpression("SET " + String.join(", ", sets) + " ADD #version :one")
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        Map<String, AttributeValue> after;
        try {
            after = AwsFailures.call("Orders UpdateItem", () -> client.updateItem(request)).attributes();
        } catch (ConditionalCheckFailedException refused) {
            return whyRefused(order, refund);
        }
        if (num(after, "refundedCents", 0) >= num(after, "totalCents", Long.MAX_VALUE)) {
            markFullyRefunded(order.orderId(), refund.createdAt());
        }
        return new ApplyOutcome.Applied();
    }

    /** Everything charged is given back: REFUNDED (only while the totals say so). */
    private void markFullyRefunded(String orderId, Instant at) {
        try {
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                    .updateExpression("SET #status = :refunded, updatedAt = :at ADD #version :one")
                    .conditionExpression("#status = :partial AND refundedCents >= totalCents")
                    .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                    .expressionAttributeValues(Map.of(":refunded", s(OrderStatus.REFUNDED.name()), ":partial",
                            s(OrderStatus.PARTIALLY_REFUNDED.name()), ":at", s(at.toString()), ":one", n(1)))));
        } catch (ConditionalCheckFailedException alreadyOrNoLonger) {
            // another call marked it, or a refused refund gave some back meanwhile
        }
    }

    @Override
    public java.util.Optional<OrderStatus> statusFollowsRefunds(String orderId, Instant at) {
        var item = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(key(orderId)).consistentRead(true).projectionExpression("#status, refundedCents, totalCents")
                .expressionAttributeNames(Map.of("#status", "status")))).item();
        String status = str(item, "status");
        if (status == null || !REFUND_STATUSES.contains(status)) { // no order (Set.of refuses null), or not one refunds move
            return java.util.Optional.empty();
        }
        long refunded = num(item, "refundedCents", 0);
        OrderStatus target = refunded >= num(item, "totalCents", Long.MAX_VALUE) ? OrderStatus.REFUNDED
                : refunded > 0 ? OrderStatus.PARTIALLY_REFUNDED : OrderStatus.COMPLETED;
        if (target.name().equals(status)) {
            return java.util.Optional.empty();
        }
        try {
            // only from what was read: a refund or refusal landing meanwhile decides again on its own
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                    .updateExpression("SET #status = :target, updatedAt = :at ADD #version :one")
                    .conditionExpression("#status = :seen AND (refundedCents = :refunded OR (attribute_not_exists(refundedCents)"
                            + " AND :refunded = :zero))")
                    .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                    .expressionAttributeValues(Map.of(":target", s(target.name()), ":seen", s(status), ":refunded", n(refunded),
                            ":zero", n(0), ":at", s(at.toString()), ":one", n(1)))));
            return java.util.Optional.of(target);
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return java.util.Optional.empty();
        }
    }

    private static final java.util.Set<String> REFUND_STATUSES = java.util.Set.of(OrderStatus.COMPLETED.name(),
            OrderStatus.PARTIALLY_REFUNDED.name(), OrderStatus.REFUNDED.name());

    private ApplyOutcome whyRefused(Order order, Refund refund) {
        var item = AwsFailures.call("Orders GetItem", () -> client.getItem(r -> r.tableName(tableName)
                .key(key(order.orderId())).consistentRead(true))).item();
        OrderRefunds now = toRefunds(order.orderId(), item);
        if (now.byId(refund.refundId()).isPresent()) {
            return new ApplyOutcome.AlreadyApplied();
        }
        String status = str(item, "status");
        if (!OrderStatus.COMPLETED.name().equals(status) && !OrderStatus.PARTIALLY_REFUNDED.name().equals(status)) {
            return new ApplyOutcome.NotRefundable(status);
        }
        for (RefundLine line : refund.lines()) {
            int already = now.refunded(line.lineIndex());
            if (already + line.quantity() > order.lines().get(line.lineIndex()).quantity()) {
                return new ApplyOutcome.ExceedsSold(line.lineIndex(), already);
            }
        }
        // only the total can have failed (lines within what was sold, yet the total above it): treat as the first line
        return new ApplyOutcome.ExceedsSold(refund.lines().getFirst().lineIndex(), now.refunded(refund.lines().getFirst().lineIndex()));
    }

    @Override
    public boolean claimWork(String orderId, String refundId, Instant now, Duration stale) {
        try {
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                    .updateExpression("SET refunds.#rid.claimedAt = :now REMOVE refunds.#rid.finishedAt")
                    .conditionExpression("attribute_exists(refunds.#rid) AND (attribute_not_exists(refunds.#rid.claimedAt)"
                            + " OR attribute_exists(refunds.#rid.finishedAt) OR refunds.#rid.claimedAt < :stale)")
                    .expressionAttributeNames(Map.of("#rid", refundId))
                    .expressionAttributeValues(Map.of(":now", s(now.toString()), ":stale", s(now.minus(stale).toString())))));
            return true;
        } catch (ConditionalCheckFailedException heldByAnother) {
            return false;
        }
    }

    @Override
    public void markFinished(String orderId, String refundId, Instant at) {
        setOnRefund(orderId, refundId, "#r.finishedAt = :at", Map.of(":at", s(at.toString())));
    }

    @Override
    public void markRefunded(String orderId, String refundId, String gatewayRefundId) {
        setOnRefund(orderId, refundId, "#r.#state = :state, #r.gatewayRefundId = :gid",
                Map.of(":state", s(Refund.State.REFUNDED.name()), ":gid", s(gatewayRefundId)));
    }

    @Override
    public void markCredited(String orderId, String refundId) {
        setOnRefund(orderId, refundId, "#r.#state = :state", Map.of(":state", s(Refund.State.CREDITED.name())));
    }

    @Override
    public void markRefused(String orderId, Refund refund, String why) {
        // Give the quantities and the amount back, exactly once: only while the refund is still PENDING.
        List<String> sets = new ArrayList<>();
        Map<String, String> names = new HashMap<>(Map.of("#r", "refunds", "#rid", refund.refundId(), "#state", "state"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":refused", s(Refund.State.REFUSED.name()),
                ":pending", s(Refund.State.PENDING.name()), ":why", s(why), ":amount", n(refund.amount().cents())));
        sets.add("#r.#rid.#state = :refused");
        sets.add("#r.#rid.followUp = :why");
        sets.add("refundedCents = refundedCents - :amount");
        for (RefundLine line : refund.lines()) {
            String i = Integer.toString(line.lineIndex());
            names.put("#l" + i, i);
            values.put(":q" + i, n(line.quantity()));
            sets.add("refundedQty.#l" + i + " = refundedQty.#l" + i + " - :q" + i);
        }
        try {
            AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                    .updateExpression("SET " + String.join(", ", sets))
                    .conditionExpression("#r.#rid.#state = :pending")
                    .expressionAttributeNames(names).expressionAttributeValues(values)));
        } catch (ConditionalCheckFailedException alreadyMarked) {
            // marked before (a retry)
        }
    }

    @Override
    public void markCreditNote(String orderId, String refundId, String creditNoteKey) {
        setOnRefund(orderId, refundId, "#r.creditNoteKey = :key", Map.of(":key", s(creditNoteKey)));
    }

    @Override
    public void markEmailed(String orderId, String refundId, Instant at) {
        String followUp = find(orderId).byId(refundId).map(Refund::followUp).orElse(null);
        setOnRefund(orderId, refundId, "#r.emailSentAt = :at REMOVE #r.followUp", Map.of(":at", s(at.toString())));
        if (followUp != null) {
            try {
                // the order's flag goes with it, unless something else flagged the order since
                AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                        .updateExpression("REMOVE statusReason, statusReasonCode").conditionExpression("statusReason = :note")
                        .expressionAttributeValues(Map.of(":note", s(followUp)))));
            } catch (ConditionalCheckFailedException flaggedForSomethingElse) {
                // keep it
            }
        }
    }

    @Override
    public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode followUpCode) {
        setOnRefund(orderId, refundId, "#r.followUp = :note, statusReason = :note, statusReasonCode = :code",
                Map.of(":note", s(followUp), ":code", Attr.reasonCode(followUpCode)));
    }

    /** {@code #r} in {@code set} names the refund's own map. */
    private void setOnRefund(String orderId, String refundId, String set, Map<String, AttributeValue> values) {
        String expression = "SET " + set.replace("#r.", "refunds.#rid.");
        Map<String, String> names = new HashMap<>(Map.of("#rid", refundId));
        if (set.contains("#state")) {
            names.put("#state", "state");
        }
        AwsFailures.run("Orders UpdateItem", () -> client.updateItem(r -> r.tableName(tableName).key(key(orderId))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(refunds.#rid)")
                .expressionAttributeNames(names).expressionAttributeValues(values)));
    }

    private static Map<String, AttributeValue> key(String orderId) {
        return Map.of("orderId", s(orderId));
    }

    static Map<String, AttributeValue> toItem(Refund refund) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("refundId", s(refund.refundId()));
        putIfPresent(item, "idempotencyKey", refund.idempotencyKey());
        putIfPresent(item, "requestHash", refund.requestHash());
        putIfPresent(item, "gatewayKey", refund.gatewayKey());
        item.put("state", s(refund.state().name()));
        item.put("reason", s(refund.reason().name()));
        putIfPresent(item, "note", refund.note());
        item.put("amountCents", n(refund.amount().cents()));
        item.put("currency", s(refund.amount().currency()));
        putIfPresent(item, "actor", refund.actor());
        item.put("createdAt", s(refund.createdAt().toString()));
        putIfPresent(item, "gatewayRefundId", refund.gatewayRefundId());
        putIfPresent(item, "creditNoteKey", refund.creditNoteKey());
        putIfPresent(item, "emailSentAt", refund.emailSentAt() == null ? null : refund.emailSentAt().toString());
        putIfPresent(item, "followUp", refund.followUp());
        putIfPresent(item, "finishedAt", refund.finishedAt() == null ? null : refund.finishedAt().toString());
        item.put("lines", AttributeValue.fromL(refund.lines().stream().map(line -> AttributeValue.fromM(Map.of(
                "lineIndex", n(line.lineIndex()), "productId", s(line.productId()), "sku", s(line.sku()),
                "name", s(line.name()), "quantity", n(line.quantity()), "restock", AttributeValue.fromBool(line.restock()),
                "amountCents", n(line.amount().cents())))).toList()));
        return item;
    }

    static OrderRefunds toRefunds(String orderId, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return OrderRefunds.none();
        }
        Map<Integer, Integer> byLine = new HashMap<>();
        AttributeValue qty = item.get("refundedQty");
        if (qty != null && qty.hasM()) {
            qty.m().forEach((index, units) -> byLine.put(Integer.parseInt(index), Integer.parseInt(units.n())));
        }
        List<Refund> refunds = new ArrayList<>();
        AttributeValue stored = item.get("refunds");
        if (stored != null && stored.hasM()) {
            stored.m().values().forEach(v -> refunds.add(toRefund(orderId, v.m())));
        }
        refunds.sort(Comparator.comparing(Refund::createdAt).thenComparing(Refund::refundId));
        return new OrderRefunds(refunds, byLine, num(item, "refundedCents", 0));
    }

    private static Refund toRefund(String orderId, Map<String, AttributeValue> m) {
        String currency = str(m, "currency");
        List<RefundLine> lines = m.get("lines").l().stream().map(v -> {
            Map<String, AttributeValue> l = v.m();
            return new RefundLine((int) num(l, "lineIndex", 0), str(l, "productId"), str(l, "sku"), str(l, "name"),
                    (int) num(l, "quantity", 0), Boolean.TRUE.equals(l.get("restock").bool()),
                    Money.ofCents(num(l, "amountCents", 0), currency));
        }).toList();
        return new Refund(str(m, "refundId"), orderId, str(m, "idempotencyKey"), str(m, "requestHash"), str(m, "gatewayKey"),
                Refund.State.valueOf(str(m, "state")), RefundReason.valueOf(str(m, "reason")), str(m, "note"), lines,
                Money.ofCents(num(m, "amountCents", 0), currency), str(m, "actor"), instant(m, "createdAt"),
                str(m, "gatewayRefundId"), str(m, "creditNoteKey"), instant(m, "emailSentAt"), str(m, "followUp"),
                instant(m, "finishedAt"));
    }
}
