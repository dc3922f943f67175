package app.orderdesk.backend.entrypoint;

import java.time.ZoneOffset;
import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.entrypoint.api.PaymentReceivedHandler;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.usecase.RecordPaymentReceived;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** ADR 0071: POST /orders/{id}/payment-received — support and managers; the caller is the recorder; bad input is a 400 naming the field. */
class PaymentReceivedHandlerTest {

    private final World world = new World();
    private final PaymentReceivedHandler handler = new PaymentReceivedHandler(new RecordPaymentReceived(world.orders, null, world.clock, ZoneOffset.UTC));

    private String completedOnDelivery() {
        String id = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);
        return id;
    }

    private static ObjectNode event(String orderId, String groups, String body) {
        ObjectNode e = load("payment-received.json");
        ((ObjectNode) e.get("pathParameters")).put("id", orderId);
        ((ObjectNode) e.at("/requestContext/authorizer/claims")).put("cognito:groups", groups);
        if (body == null) {
            e.putNull("body");
        } else {
            e.put("body", body);
        }
        return e;
    }

    @Test
    void supportAndManagersRecordThePaymentAsThemselvesAndStaffIsForbidden() {
        String id = completedOnDelivery();

        JsonNode byStaff = invoke(handler, event(id, "[staff]", "{\"method\":\"CASH\"}"));
        assertThat(byStaff.get("statusCode").asInt()).isEqualTo(403);
        assertThat(world.orders.get(id).paymentReceived()).isNull();

        JsonNode bySupport = invoke(handler, event(id, "[support]", "{\"method\":\"CASH\",\"note\":\"paid to the driver\"}"));
        assertThat(bySupport.get("statusCode").asInt()).as(bySupport.toString()).isEqualTo(200);
        JsonNode received = body(bySupport).get("paymentReceived");
        assertThat(received.get("method").asText()).isEqualTo("CASH");
        assertThat(received.get("note").asText()).isEqualTo("paid to the driver");
        assertThat(received.get("recordedBy").asText()).isEqualTo("sam.support@orderdesk.test");
        assertThat(received.get("recordedAt").asText()).isEqualTo(world.clock.instant().toString());

        JsonNode byManager = invoke(handler, event(id, "[managers]", "{\"method\":\"CASH\"}"));
        assertThat(byManager.get("statusCode").asInt()).as("a repeat").isEqualTo(200);
        JsonNode otherMethod = invoke(handler, event(id, "[managers]", "{\"method\":\"BANK_TRANSFER\"}"));
        assertThat(otherMethod.get("statusCode").asInt()).isEqualTo(409);
        assertThat(body(otherMethod).get("code").asText()).isEqualTo("PAYMENT_ALREADY_RECEIVED");
    }

    @Test
    void badInputIsA400NamingTheFieldWithoutAStackTrace() {
        String id = completedOnDelivery();

        JsonNode noBody = invoke(handler, event(id, "[support]", null));
        JsonNode badMethod = invoke(handler, event(id, "[support]", "{\"method\":\"CHEQUE\"}"));
        JsonNode numberMethod = invoke(handler, event(id, "[support]", "{\"method\":7}"));
        JsonNode unknownMember = invoke(handler, event(id, "[support]", "{\"method\":\"CASH\",\"amount\":5}"));
        JsonNode longNote = invoke(handler, event(id, "[support]", "{\"method\":\"CASH\",\"note\":\"" + "n".repeat(201) + "\"}"));
        JsonNode badId = invoke(handler, event("not-an-id", "[support]", "{\"method\":\"CASH\"}"));

        assertThat(noBody.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(badMethod).get("details").get(0).get("field").asText()).isEqualTo("method");
        assertThat(body(badMethod).get("details").get(0).get("issue").asText()).contains("CASH, BANK_TRANSFER, CARD_ON_DELIVERY, OTHER");
        assertThat(body(numberMethod).get("details").get(0).get("field").asText()).isEqualTo("method");
        assertThat(body(unknownMember).get("details").get(0).get("field").asText()).isEqualTo("amount");
        assertThat(body(longNote).get("details").get(0).get("field").asText()).isEqualTo("note");
        assertThat(body(badId).get("details").get(0).get("field").asText()).isEqualTo("id");
        for (JsonNode response : new JsonNode[] {badMethod, numberMethod, unknownMember, longNote, badId}) {
            assertThat(response.get("statusCode").asInt()).isEqualTo(400);
            assertThat(response.get("body").asText()).doesNotContain("Exception").doesNotContain("at app.");
        }
        assertThat(world.orders.get(id).paymentReceived()).isNull();
    }
}
