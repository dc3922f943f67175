package app.orderdesk.backend.entrypoint.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.fakes.InMemoryPushConnections;
import app.orderdesk.backend.port.OrderChange;
import app.orderdesk.backend.port.OrderChangeMessage;
import app.orderdesk.backend.port.PushChannel;
import app.orderdesk.backend.port.PushConnections;
import app.orderdesk.backend.usecase.PushChanges;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * h-c (ADR 0040): one SQS message may carry the several changes one function invocation announced
 * ({@code {"event":"CHANGES","changes":[...]}}); the notifier pushes each of them, in order, with one read of
 * the subscribers — and still reads a message of one change as before.
 */
class PushNotifierBatchedChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-29T13:00:00Z");

    private final InMemoryPushConnections connections = new InMemoryPushConnections();
    private final List<String> sent = new ArrayList<>();
    private final PushChannel channel = (id, message) -> sent.add(id + " " + message.type() + " "
            + (message.orderId() != null ? message.orderId() + " " + message.status() : message.productId()));
    private final PushNotifierTask notifier = new PushNotifierTask(new PushChanges(connections, channel));

    @Test
    void aMessageWithAStepsStockAndOrderChangesPushesBothInOrderAfterOneSubscriberRead() throws Exception {
        connections.open(new PushConnections.Connection("till", "ada", "ada@example.test", List.of("staff"), AT, AT.plusSeconds(7200)),
                Set.of("user#ada", "stock"), AT);
        ObjectNode stock = JSON.createObjectNode().put("event", "STOCK_CHANGED").put("productId", "p-7").put("at", AT.toString());
        ObjectNode order = OrderChangeMessage.write(new OrderChange("o-1", "ada", OrderStatus.RESERVED, null, AT,
                List.of(WorkflowStep.succeeded("ReserveStock", 1, AT.minusMillis(30), AT)), false));
        ObjectNode body = JSON.createObjectNode().put("event", "CHANGES");
        body.putArray("changes").add(stock).add(order);

        String answer = handle(body.toString());

        assertThat(sent).containsExactly("till STOCK p-7", "till ORDER_STATUS o-1 RESERVED");
        assertThat(connections.subscriberReads).as("one read for the message's changes").isEqualTo(1);
        assertThat(JSON.readTree(answer).path("batchItemFailures")).isEmpty();
    }

    @Test
    void aMessageOfOneChangeIsReadAsBeforeAndUnreadableElementsAreSkipped() {
        assertThat(PushNotifierTask.parseAll("{\"event\":\"STOCK_CHANGED\",\"productId\":\"p-1\",\"at\":\"" + AT + "\"}"))
                .containsExactly(new PushChanges.StockChange("p-1", AT));
        assertThat(PushNotifierTask.parseAll("{\"event\":\"CHANGES\",\"changes\":[{\"event\":\"ORDER_PAID\"},\"x\","
                + "{\"event\":\"SETTINGS_CHANGED\",\"at\":\"" + AT + "\"}]}"))
                .containsExactly(new PushChanges.SettingsChange(AT));
        assertThat(PushNotifierTask.parseAll("not json")).isEmpty();
    }

    private String handle(String body) throws Exception {
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").addObject().put("messageId", "m-1").put("body", body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notifier.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
