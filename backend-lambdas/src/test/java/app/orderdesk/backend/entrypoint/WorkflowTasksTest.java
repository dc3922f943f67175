package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.entrypoint.workflow.MarkOrderTask;
import app.orderdesk.backend.entrypoint.workflow.ReserveStockTask;
import app.orderdesk.backend.entrypoint.workflow.ValidateOrderTask;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.fakes.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class WorkflowTasksTest {

    private final World world = new World();

    @Test
    void returnsWhatLaterStatesReadAndIgnoresUnknownMembers() {
        String id = world.place("tok_visa", World.line("p-mug", 2));
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", id).put("somethingElse", 1);
        input.putObject("notificationError").put("Error", "x");

        JsonNode output = invoke(new ValidateOrderTask(world.validateOrder), input);

        assertThat(output.get("orderId").asText()).isEqualTo(id);
        assertThat(output.get("orderNumber").asText()).isEqualTo("OD-000001");
        assertThat(output.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(output.get("totalCents").asLong()).isEqualTo(2500);
    }

    @Test
    void businessRejectionsSurfaceAsTheNamedException() {
        String id = world.place("tok_visa", World.line("p-tee", 1));
        world.inventory.with(world.inventory.level("p-tee").product(), 0);
        ObjectNode input = Events.JSON.createObjectNode().put("orderId", id);

        assertThatThrownBy(() -> invoke(new ReserveStockTask(world.reserveStock), input))
                .isExactlyInstanceOf(OrderRejectedException.class)
                .hasMessage("[[OUT_OF_STOCK sku=TEE-RED&name=Red+T-Shirt&available=0&requested=1]] Out of stock: Red T-Shirt (SKU TEE-RED) has 0, 1 requested");
    }

    @Test
    void markOrderTakesTheReasonFromTheLambdaErrorPayload() {
        String id = world.place("tok_visa", World.line("p-mug", 1));
        ObjectNode event = load("mark-order-rejected.json");
        event.put("orderId", id);

        JsonNode output = invoke(new MarkOrderTask(world.markOrder), event);

        assertThat(output.get("status").asText()).isEqualTo("REJECTED");
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(world.orders.get(id).statusReason()).isEqualTo("Out of stock: Red T-Shirt (SKU TEE-RED) has 3, 5 requested");
    }

    @Test
    void markOrderWithANullStatusOnlyAddsAFollowUpNote() {
        String id = world.place("tok_visa", World.line("p-mug", 1));
        ObjectNode event = Events.JSON.createObjectNode().put("orderId", id).putNull("status");
        event.putObject("error").put("Error", "States.TaskFailed").put("Cause", "not json at all");

        JsonNode output = invoke(new MarkOrderTask(world.markOrder), event);

        assertThat(output.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(world.orders.get(id).statusReason()).isEqualTo("Receipt could not be delivered; resend it");
    }
}
