package app.orderdesk.localcloud.reliability;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static app.orderdesk.localcloud.reliability.Reliability.attr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one check every race and fault test ends with: the stock-movement ledger adds up for a
 * product. Read from the stores themselves (the Inventory item and every StockMovements row of the
 * product, consistent reads), never from what the test sent:
 * <ul>
 *   <li>sign convention: a movement's {@code delta} is signed (a SALE is {@code -quantity}, an
 *       adjustment {@code +n}/{@code -n}), so {@code initial + Σ delta = available + Σ reserved};
 *       with nothing reserved that is "initial − units out + units in = final stock";</li>
 *   <li>exactly one SALE movement per sold order (status FULFILLED, RECEIPT_READY or COMPLETED), of
 *       that order's quantity; none for any other order;</li>
 *   <li>no reservation left behind, except by the orders the caller names (paid but FAILED, whose
 *       stock is kept for support by design).</li>
 * </ul>
 */
final class StockLedgerCheck {

    static final Set<String> SOLD = Set.of("FULFILLED", "RECEIPT_READY", "COMPLETED");

    /** What the check read; {@link #toString()} is the figure the tests print. */
    record Figures(long initial, long available, long reserved, long sumOfDeltas, int movements, Map<String, Integer> movementsByReason,
                   int soldOrders, int saleMovementsOfTheseOrders, int reservationsLeft) {
        @Override
        public String toString() {
            return String.format("ledger: %d + (%d) = %d available + %d reserved over %d movements %s; %d sold orders, %d SALE movements, %d reservations left",
                    initial, sumOfDeltas, available, reserved, movements, movementsByReason, soldOrders, saleMovementsOfTheseOrders, reservationsLeft);
        }
    }

    private StockLedgerCheck() {}

    /** Asserts the ledger of {@code productId} adds up for the given orders (no reservation may be left). */
    static Figures assertAddsUp(Reliability r, String productId, long initial, Collection<String> orderIds) {
        return assertAddsUp(r, productId, initial, orderIds, Set.of());
    }

    /** As above; {@code mayStillHold} are orders allowed to keep their reservation (paid but FAILED). */
    static Figures assertAddsUp(Reliability r, String productId, long initial, Collection<String> orderIds, Collection<String> mayStillHold) {
        List<Map<String, AttributeValue>> rows = movementRows(r, productId);
        long sumOfDeltas = 0;
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, List<Long>> salesByOrder = new HashMap<>();
        for (Map<String, AttributeValue> row : rows) {
            long delta = Long.parseLong(attr(row, "delta"));
            sumOfDeltas += delta;
            String reason = attr(row, "reason");
            byReason.merge(reason, 1, Integer::sum);
            if ("SALE".equals(reason)) {
                assertThat(delta).as("a SALE takes stock out (negative delta)").isNegative();
                salesByOrder.computeIfAbsent(attr(row, "orderId"), k -> new ArrayList<>()).add(-delta);
            } else if (attr(row, "before") != null && attr(row, "after") != null) {
                assertThat(Long.parseLong(attr(row, "after")))
                        .as("movement " + attr(row, "movementId") + ": after = before + delta")
                        .isEqualTo(Long.parseLong(attr(row, "before")) + delta);
            }
        }
        Map<String, AttributeValue> item = r.inventoryItem(productId);
        long available = Long.parseLong(attr(item, "available"));
        Map<String, AttributeValue> reservations = r.reservations(productId);
        long reserved = reservations.values().stream().mapToLong(v -> Long.parseLong(v.n())).sum();

        int sold = 0;
        int salesOfTheseOrders = 0;
        List<String> problems = new ArrayList<>();
        for (String orderId : orderIds) {
            Map<String, AttributeValue> order = r.orderItem(orderId);
            String status = attr(order, "status");
            List<Long> sales = salesByOrder.getOrDefault(orderId, List.of());
            salesOfTheseOrders += sales.size();
            if (SOLD.contains(status)) {
                sold++;
                long quantity = quantityOf(order, productId);
                if (sales.size() != 1 || sales.getFirst() != quantity) {
                    problems.add(orderId + " " + status + " has SALE movements " + sales + " for a line of " + quantity);
                }
            } else if (!sales.isEmpty()) {
                problems.add(orderId + " " + status + " (not sold) has SALE movements " + sales);
            }
        }
        Figures figures = new Figures(initial, available, reserved, sumOfDeltas, rows.size(), byReason, sold, salesOfTheseOrders, reservations.size());
        assertThat(problems).as("one SALE movement per sold order, none for others; " + figures).isEmpty();
        List<String> holders = new ArrayList<>();
        reservations.forEach((orderId, quantity) -> {
            Map<String, AttributeValue> order = r.orderItem(orderId);
            holders.add(orderId + " x" + quantity.n() + " " + attr(order, "status") + (attr(order, "paymentId") != null ? " paid" : " unpaid")
                    + " (" + attr(order, "statusReason") + ")");
        });
        assertThat(reservations.keySet()).as("no reservation left behind; held by " + holders + "; " + figures).isSubsetOf(mayStillHold);
        assertThat(available + reserved).as("initial + Σ movement deltas = available + reserved; " + figures).isEqualTo(initial + sumOfDeltas);
        return figures;
    }

    /** Every StockMovements row of the product (all pages, consistent). */
    static List<Map<String, AttributeValue>> movementRows(Reliability r, String productId) {
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        r.dynamoDb.queryPaginator(q -> q.tableName(r.cloud.tableName("StockMovementsTable")).consistentRead(true)
                        .keyConditionExpression("productId = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(productId))))
                .items().forEach(rows::add);
        return rows;
    }

    private static long quantityOf(Map<String, AttributeValue> order, String productId) {
        AttributeValue lines = order.get("lines");
        if (lines != null && lines.hasL()) {
            for (AttributeValue line : lines.l()) {
                if (line.hasM() && productId.equals(attr(line.m(), "productId"))) {
                    return Long.parseLong(attr(line.m(), "quantity"));
                }
            }
        }
        throw new AssertionError("order has no line for " + productId + ": " + order.get("lines"));
    }
}
