package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.entrypoint.api.AdjustStockHandler;
import app.orderdesk.backend.entrypoint.api.CancelOrderHandler;
import app.orderdesk.backend.entrypoint.api.GetInventoryItemHandler;
import app.orderdesk.backend.entrypoint.api.ImportStockCountsHandler;
import app.orderdesk.backend.entrypoint.api.ListStockMovementsHandler;
import app.orderdesk.backend.entrypoint.api.ResendReceiptHandler;
import app.orderdesk.backend.entrypoint.api.SearchOrdersHandler;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderSearch;
import app.orderdesk.backend.usecase.SearchOrders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routes added for order search, cancel, receipt resend, stock adjustments and CSV import. */
class InventoryAndOrderRoutesTest {

    private final World world = new World();

    private static ObjectNode as(String event, String groups) {
        ObjectNode e = load(event);
        ((ObjectNode) e.at("/requestContext/authorizer/claims")).put("cognito:groups", groups);
        return e;
    }

    private static ObjectNode withOrderId(String event, String orderId) {
        ObjectNode e = load(event);
        ((ObjectNode) e.get("pathParameters")).put("id", orderId);
        return e;
    }

    private static int status(JsonNode response) {
        return response.get("statusCode").asInt();
    }

    @Test
    void searchesOrdersForSupportAndNamesBadParameters() {
        OrderSearch.Criteria[] seen = new OrderSearch.Criteria[1];
        var handler = new SearchOrdersHandler(new SearchOrders(c -> {
            seen[0] = c;
            return new OrderSearch.OrderSlice(List.of(new OrderSearch.OrderSummary("00000000-0000-4000-8000-000000000001",
                    "OD-000001", OrderStatus.PAID, "ada@example.test", "Ada", 1250, "USD", Instant.parse("2026-03-01T10:15:30Z"))), null);
        }));

        JsonNode response = invoke(handler, load("search-orders.json"));

        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response).get("items").get(0).get("orderNumber").asText()).isEqualTo("OD-000001");
        assertThat(body(response).get("items").get(0).get("createdAt").asText()).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(seen[0].email()).isEqualTo("ada@example.test");
        assertThat(seen[0].limit()).isEqualTo(10);

        ObjectNode byNumber = load("search-orders.json");
        byNumber.set("queryStringParameters", Events.JSON.createObjectNode().put("orderNumber", "od-7"));
        assertThat(status(invoke(handler, byNumber))).isEqualTo(200);
        assertThat(seen[0].orderNumber()).isEqualTo("OD-000007");

                ObjectNode bad = load("search-orders.json");
        ((ObjectNode) bad.get("queryStringParameters")).put("limit", "500");
        JsonNode invalid = invoke(handler, bad);
        assertThat(status(invalid)).isEqualTo(400);
        assertThat(body(invalid).get("details").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void searchesTheOutstandingPaymentsAndNamesABadPayment() {
        OrderSearch.Criteria[] seen = new OrderSearch.Criteria[1];
        var handler = new SearchOrdersHandler(new SearchOrders(c -> {
            seen[0] = c;
            return new OrderSearch.OrderSlice(List.of(), null);
        }));

        ObjectNode outstanding = load("search-orders.json");
        outstanding.set("queryStringParameters", Events.JSON.createObjectNode().put("payment", "outstanding"));
        assertThat(status(invoke(handler, outstanding))).isEqualTo(200);
        assertThat(seen[0].paymentOutstanding()).isTrue();

        ObjectNode bad = load("search-orders.json");
        bad.set("queryStringParameters", Events.JSON.createObjectNode().put("payment", "received"));
        JsonNode invalid = invoke(handler, bad);
        assertThat(status(invalid)).isEqualTo(400);
        assertThat(body(invalid).get("details").get(0).get("field").asText()).isEqualTo("payment");
        assertThat(body(invalid).get("details").get(0).get("issue").asText()).isEqualTo("must be OUTSTANDING");
    }

    @Test
    void managersCancelAnUnpaidOrderAndOthersAreForbidden() {
        String id = world.place("tok_visa", line("p-mug", 2));
        world.reserveStock.execute(id);
        var handler = new CancelOrderHandler(world.cancelOrder);

        assertThat(status(invoke(handler, as("cancel-order.json", "[support, staff]")))).isEqualTo(403);

        JsonNode response = invoke(handler, withOrderId("cancel-order.json", id));
        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(body(response).get("statusReason").asText())
                .isEqualTo("Cancelled by mia.manager@orderdesk.test: Customer changed their mind");
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(10);
    }

    @Test
    void cancellingAPaidOrderIsAConflictThatSaysWhy() {
        String id = world.place("tok_visa", line("p-mug", 2));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        ObjectNode event = withOrderId("cancel-order.json", id);
        event.putNull("body");

        JsonNode response = invoke(new CancelOrderHandler(world.cancelOrder), event);

        assertThat(status(response)).isEqualTo(409);
        assertThat(body(response).get("code").asText()).isEqualTo("NOT_CANCELLABLE");
        assertThat(body(response).get("message").asText()).contains("already paid");
    }

    @Test
    void resendsAReceiptOnlyWhenItExists() {
        String id = world.place("tok_visa", line("p-mug", 1));
        var handler = new ResendReceiptHandler(world.resendReceipt);

        JsonNode notReady = invoke(handler, withOrderId("resend-receipt.json", id));
        assertThat(status(notReady)).isEqualTo(409);
        assertThat(body(notReady).get("code").asText()).isEqualTo("RECEIPT_NOT_READY");

        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        JsonNode sent = invoke(handler, withOrderId("resend-receipt.json", id));
        assertThat(status(sent)).isEqualTo(202);
        assertThat(body(sent).get("sentTo").asText()).isEqualTo("ada.lovelace@example.test");
        assertThat(body(sent).get("orderId").asText()).isEqualTo(id);

        ObjectNode badEmail = withOrderId("resend-receipt.json", id);
        badEmail.put("body", "{\"email\":\"nope\"}");
        assertThat(body(invoke(handler, badEmail)).get("details").get(0).get("field").asText()).isEqualTo("email");
        assertThat(status(invoke(handler, as("resend-receipt.json", "staff")))).isEqualTo(403);
    }

    @Test
    void getsOneInventoryItem() {
        var handler = new GetInventoryItemHandler(world.getInventoryItem);

        JsonNode response = invoke(handler, load("get-inventory-item.json"));
        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response).get("sku").asText()).isEqualTo("MUG-BLU");

        ObjectNode missing = load("get-inventory-item.json");
        ((ObjectNode) missing.get("pathParameters")).put("id", "p-nope");
        assertThat(body(invoke(handler, missing)).get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void managersAdjustStockOncePerIdempotencyKey() {
        var handler = new AdjustStockHandler(world.adjustStock);

        JsonNode first = invoke(handler, load("adjust-stock.json"));
        JsonNode again = invoke(handler, load("adjust-stock.json"));

        assertThat(status(first)).isEqualTo(201);
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(body(first).get("before").asLong()).isEqualTo(10);
        assertThat(body(first).get("after").asLong()).isEqualTo(8);
        assertThat(body(first).get("actor").asText()).isEqualTo("mia.manager@orderdesk.test");
        assertThat(world.movements.rows).hasSize(1);
        assertThat(status(invoke(handler, as("adjust-stock.json", "[staff, support]")))).isEqualTo(403);
    }

    @Test
    void anAdjustmentWithAWrongTypeOrTooMuchRemovedIsRefusedNamingTheProblem() {
        var handler = new AdjustStockHandler(world.adjustStock);
        for (String delta : new String[] {"1.5", "\"5\"", "true"}) {
            ObjectNode event = load("adjust-stock.json");
            event.put("body", "{\"delta\":" + delta + ",\"reason\":\"COUNT\"}");
            JsonNode response = invoke(handler, event);
            assertThat(status(response)).as(delta).isEqualTo(400);
            assertThat(body(response).get("details").get(0).get("field").asText()).as(delta).isEqualTo("delta");
        }
        for (String note : new String[] {"true", "1.5", "42"}) { // audit, session 34: saved as the text "true", "1.5"
            ObjectNode event = load("adjust-stock.json");
            event.put("body", "{\"delta\":1,\"reason\":\"COUNT\",\"note\":" + note + "}");
            JsonNode response = invoke(handler, event);
            assertThat(status(response)).as(note).isEqualTo(400);
            assertThat(body(response).get("details").get(0).get("field").asText()).as(note).isEqualTo("note");
        }
        ObjectNode tooMuch = load("adjust-stock.json");
        tooMuch.put("body", "{\"delta\":-11,\"reason\":\"THEFT_LOSS\"}");
        JsonNode response = invoke(handler, tooMuch);
        assertThat(status(response)).isEqualTo(409);
        assertThat(body(response).get("code").asText()).isEqualTo("INSUFFICIENT_STOCK");
    }

    @Test
    void listsMovementsNewestFirst() {
        var adjust = new AdjustStockHandler(world.adjustStock);
        invoke(adjust, load("adjust-stock.json"));

        JsonNode response = invoke(new ListStockMovementsHandler(world.listStockMovements), load("list-adjustments.json"));

        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response).get("items").get(0).get("reason").asText()).isEqualTo("DAMAGED");
        assertThat(body(response).get("nextToken").isNull()).isTrue();
    }

    @Test
    void importsACsvReportingEachRow() {
        var handler = new ImportStockCountsHandler(world.importStockCounts);

        JsonNode response = invoke(handler, load("import-stock.json"));

        assertThat(status(response)).isEqualTo(200);
        JsonNode report = body(response);
        assertThat(report.get("rows").findValuesAsText("status")).containsExactly("UPDATED", "UNCHANGED", "ERROR");
        assertThat(report.get("counts").get("errors").asInt()).isEqualTo(1);
        assertThat(world.inventory.level("p-mug").available()).isEqualTo(42);
        assertThat(status(invoke(handler, as("import-stock.json", "support")))).isEqualTo(403);
    }

    @Test
    void importRefusesABadHeaderABadFlagAndATooLargeFile() {
        var handler = new ImportStockCountsHandler(world.importStockCounts);
        ObjectNode header = load("import-stock.json");
        header.put("body", "item;qty\nMUG-BLU;4\n");
        assertThat(body(invoke(handler, header)).get("details").get(0).get("field").asText()).isEqualTo("header");

        ObjectNode flag = load("import-stock.json");
        ((ObjectNode) flag.get("queryStringParameters")).put("dryRun", "maybe");
        assertThat(body(invoke(handler, flag)).get("details").get(0).get("field").asText()).isEqualTo("dryRun");

        ObjectNode large = load("import-stock.json");
        large.put("body", "sku,count\n" + "MUG-BLU,1\n".repeat(110_000));
        JsonNode tooLarge = invoke(handler, large);
        assertThat(status(tooLarge)).isEqualTo(413);
        assertThat(body(tooLarge).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

        ObjectNode manyRows = load("import-stock.json");
        manyRows.put("body", "sku,count\n" + "M,1\n".repeat(10_001));
        assertThat(status(invoke(handler, manyRows))).isEqualTo(413);
        assertThat(world.movements.rows).isEmpty();
    }
}
