package app.orderdesk.backend.entrypoint;

import java.time.ZoneOffset;
import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.entrypoint.api.UndoPaymentReceivedHandler;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.usecase.RecordPaymentReceived;
import app.orderdesk.backend.usecase.UndoPaymentReceived;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * ADR 0072: POST /orders/{id}/payment-received/undo — support and managers; the caller is the undoer; a bad reason is a
 * 400 naming {@code reason}.
 */
class UndoPaymentReceivedHandlerTest {

    private static final String SAM = "sam.support@orderdesk.test";

    private final World world = new World();
    private final UndoPaymentReceivedHandler handler = new UndoPaymentReceivedHandler(new UndoPaymentReceived(world.orders, null, world.clock));

    /** A completed order paid on delivery whose payment (cash) was recorded by someone else. */
    private String recorded() {
        String id = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);
        new RecordPaymentReceived(world.orders, null, world.clock, ZoneOffset.UTC).execute(id, new PaymentReceivedRequest("CASH", "to the driver"),
                "mia.manager@orderdesk.test");
        return id;
    }

    private static ObjectNode event(String orderId, String groups, String body) {
        ObjectNode e = load("undo-payment-received.json");
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
    void supportAndManagersUndoThePaymentAsThemselvesAndStaffIsForbidden() {
        String id = recorded();

        JsonNode byStaff = invoke(handler, event(id, "[staff]", "{\"reason\":\"wrong order\"}"));
        assertThat(byStaff.get("statusCode").asInt()).isEqualTo(403);
        assertThat(world.orders.get(id).paymentReceived()).isNotNull();

        JsonNode bySupport = invoke(handler, event(id, "[support]", "{\"reason\":\" recorded on the wrong order \"}"));
        assertThat(bySupport.get("statusCode").asInt()).as(bySupport.toString()).isEqualTo(200);
        assertThat(body(bySupport).get("paymentReceived").isNull()).isTrue();
        JsonNode undone = body(bySupport).get("paymentUndone");
        assertThat(undone.get("method").asText()).isEqualTo("CASH");
        assertThat(undone.get("note").asText()).isEqualTo("to the driver");
        assertThat(undone.get("recordedBy").asText()).isEqualTo("mia.manager@orderdesk.test");
        assertThat(undone.get("recordedAt").asText()).isEqualTo(world.clock.instant().toString());
        assertThat(undone.get("undoneBy").asText()).as("the caller").isEqualTo(SAM);
        assertThat(undone.get("undoneAt").asText()).isEqualTo(world.clock.instant().toString());
        assertThat(undone.get("reason").asText()).isEqualTo("recorded on the wrong order");

        JsonNode byManager = invoke(handler, event(id, "[managers]", "{\"reason\":\"wrong order\"}"));
        assertThat(byManager.get("statusCode").asInt()).as("a repeat").isEqualTo(200);
        assertThat(body(byManager).get("paymentUndone").get("undoneBy").asText()).as("the first undo stays").isEqualTo(SAM);
    }

    @Test
    void anOrderWithNoPaymentRecordedIsA409() {
        String id = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));

        JsonNode nothing = invoke(handler, event(id, "[managers]", "{\"reason\":\"wrong order\"}"));

        assertThat(nothing.get("statusCode").asInt()).isEqualTo(409);
        assertThat(body(nothing).get("code").asText()).isEqualTo("NO_PAYMENT_RECORDED");
        assertThat(body(nothing).get("message").asText()).endsWith("; there is nothing to undo.");
    }

    @Test
    void badInputIsA400NamingTheFieldWithoutAStackTrace() {
        String id = recorded();

        JsonNode noBody = invoke(handler, event(id, "[support]", null));
        JsonNode noReason = invoke(handler, event(id, "[support]", "{}"));
        JsonNode blankReason = invoke(handler, event(id, "[support]", "{\"reason\":\"   \"}"));
        JsonNode numberReason = invoke(handler, event(id, "[support]", "{\"reason\":7}"));
        JsonNode longReason = invoke(handler, event(id, "[support]", "{\"reason\":\"" + "r".repeat(201) + "\"}"));
        JsonNode controlReason = invoke(handler, event(id, "[support]", "{\"reason\":\"wrong\\u0007order\"}"));
        JsonNode unknownMember = invoke(handler, event(id, "[support]", "{\"reason\":\"wrong order\",\"method\":\"CASH\"}"));
        JsonNode badId = invoke(handler, event("not-an-id", "[support]", "{\"reason\":\"wrong order\"}"));

        assertThat(noBody.get("statusCode").asInt()).isEqualTo(400);
        for (JsonNode response : new JsonNode[] {noReason, blankReason, numberReason, longReason, controlReason}) {
            assertThat(body(response).get("details").get(0).get("field").asText()).as(response.toString()).isEqualTo("reason");
        }
        assertThat(body(noReason).get("details").get(0).get("issue").asText()).isEqualTo("is required");
        assertThat(body(longReason).get("details").get(0).get("issue").asText()).isEqualTo("must be at most 200 characters");
        assertThat(body(controlReason).get("details").get(0).get("issue").asText()).isEqualTo("must not contain control characters");
        assertThat(body(unknownMember).get("details").get(0).get("field").asText()).isEqualTo("method");
        assertThat(body(badId).get("details").get(0).get("field").asText()).isEqualTo("id");
        for (JsonNode response : new JsonNode[] {noBody, noReason, blankReason, numberReason, longReason, controlReason, unknownMember, badId}) {
            assertThat(response.get("statusCode").asInt()).isEqualTo(400);
            assertThat(response.get("body").asText()).doesNotContain("Exception").doesNotContain("at app.");
        }
        assertThat(world.orders.get(id).paymentReceived()).as("nothing undone").isNotNull();
    }
}
