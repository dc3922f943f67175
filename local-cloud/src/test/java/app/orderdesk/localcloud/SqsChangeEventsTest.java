package app.orderdesk.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.orderdesk.backend.adapter.sqs.SqsChangeEvents;
import app.orderdesk.backend.domain.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * h-w: the adapter that sends the functions' change events straight to the push-events queue, on the real SQS
 * emulator (fauxqs) of the shared test local cloud: the body the notifier parses and the {@code event} attribute.
 * Its own queue, so the notifier's event source does not take the messages first.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class SqsChangeEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalCloud cloud = LocalCloud.shared();
    private final LocalCloudTestClients clients = new LocalCloudTestClients(cloud);

    @Test
    void aStatusAndAStockChangeArriveOnTheQueueAsTheNotifierReadsThem() throws Exception {
        String queueUrl = clients.sqs.createQueue(r -> r.queueName("h-w-change-events-" + UUID.randomUUID())).queueUrl();
        SqsChangeEvents events = new SqsChangeEvents(clients.sqs, () -> queueUrl);
        Instant at = Instant.parse("2026-11-29T10:00:00.123Z");

        events.orderStatusChanged("o-42", OrderStatus.PAID, at);
        events.stockChanged("p-7", at);

        List<Message> received = new ArrayList<>(receive(queueUrl, 2));
        assertThat(received).hasSize(2);
        // a standard queue promises no order: status first, by its attribute
        received.sort(java.util.Comparator.comparing((Message m) -> m.messageAttributes().get("event").stringValue()));
        JsonNode status = JSON.readTree(received.get(0).body());
        assertThat(status.path("event").asText()).isEqualTo("ORDER_STATUS_CHANGED");
        assertThat(status.path("orderId").asText()).isEqualTo("o-42");
        assertThat(status.path("status").asText()).isEqualTo("PAID");
        assertThat(status.path("at").asText()).isEqualTo(at.toString());
        assertThat(received.get(0).messageAttributes().get("event").stringValue()).isEqualTo("ORDER_STATUS_CHANGED");
        JsonNode stock = JSON.readTree(received.get(1).body());
        assertThat(stock.path("event").asText()).isEqualTo("STOCK_CHANGED");
        assertThat(stock.path("productId").asText()).isEqualTo("p-7");
        assertThat(received.get(1).messageAttributes().get("event").stringValue()).isEqualTo("STOCK_CHANGED");
    }

    /**
     * h-c (ADR 0040): what one invocation announces goes out as one message — one SendMessage, and on the
     * notifier's side one receive, one invocation, one delete and one read of the subscribers — in its order.
     */
    @Test
    void theChangesAnnouncedTogetherArriveAsOneMessageInTheirOrder() throws Exception {
        // long enough that the message in flight is not received twice while the test looks for a second one
        String queueUrl = clients.sqs.createQueue(r -> r.queueName("h-c-change-events-" + UUID.randomUUID())
                .attributesWithStrings(java.util.Map.of("VisibilityTimeout", "120"))).queueUrl();
        // two adapters, as a function's order repository and inventory each hold one: one queue, one message
        SqsChangeEvents orders = new SqsChangeEvents(clients.sqs, () -> queueUrl);
        SqsChangeEvents stock = new SqsChangeEvents(clients.sqs, () -> queueUrl);
        Instant at = Instant.parse("2026-11-29T13:00:00.5Z");

        String result = SqsChangeEvents.together(() -> {
            stock.stockChanged("p-7", at);
            orders.orderStatusChanged("o-43", OrderStatus.RESERVED, at);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        List<Message> received = new ArrayList<>(receive(queueUrl, 1));
        // anything more (the first is in flight for 120 s, so not received again)
        received.addAll(clients.sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(2)
                .messageAttributeNames("All")).messages());
        assertThat(received).as("one message").hasSize(1);
        assertThat(received.get(0).messageAttributes().get("event").stringValue()).isEqualTo(SqsChangeEvents.CHANGES);
        JsonNode changes = JSON.readTree(received.get(0).body()).path("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).path("event").asText()).isEqualTo("STOCK_CHANGED");
        assertThat(changes.get(0).path("productId").asText()).isEqualTo("p-7");
        assertThat(changes.get(1).path("event").asText()).isEqualTo("ORDER_STATUS_CHANGED");
        assertThat(changes.get(1).path("orderId").asText()).isEqualTo("o-43");
    }

    /** h-c: an order's change does not wait for the rest of the step (status -> desk is the push's target). */
    @Test
    void anOrdersChangeLeavesAtOnceWithWhatWasHeldBeforeIt() throws Exception {
        String queueUrl = clients.sqs.createQueue(r -> r.queueName("h-c-change-events-" + UUID.randomUUID())
                .attributesWithStrings(java.util.Map.of("VisibilityTimeout", "120"))).queueUrl();
        SqsChangeEvents events = new SqsChangeEvents(clients.sqs, () -> queueUrl);
        Instant at = Instant.parse("2026-11-29T13:30:00Z");
        List<Message> beforeTheStepEnded = new ArrayList<>();

        SqsChangeEvents.together(() -> {
            events.stockChanged("p-9", at);
            events.orderStatusChanged("o-44", OrderStatus.FULFILLED, at);
            // the step's later work (e.g. a count) runs now: the order's change is already on the queue
            beforeTheStepEnded.addAll(receive(queueUrl, 1));
            events.stockChanged("p-10", at);
            return null;
        });

        assertThat(beforeTheStepEnded).hasSize(1);
        JsonNode first = JSON.readTree(beforeTheStepEnded.get(0).body());
        assertThat(first.path("event").asText()).isEqualTo(SqsChangeEvents.CHANGES);
        assertThat(first.path("changes").findValuesAsText("event")).containsExactly("STOCK_CHANGED", "ORDER_STATUS_CHANGED");
        List<Message> atTheEnd = receive(queueUrl, 1);
        assertThat(atTheEnd).hasSize(1);
        assertThat(JSON.readTree(atTheEnd.get(0).body()).path("productId").asText()).isEqualTo("p-10");
    }

    @Test
    void oneChangeAnnouncedAloneKeepsItsOwnBody() throws Exception {
        String queueUrl = clients.sqs.createQueue(r -> r.queueName("h-c-change-events-" + UUID.randomUUID())).queueUrl();
        SqsChangeEvents events = new SqsChangeEvents(clients.sqs, () -> queueUrl);

        SqsChangeEvents.together(() -> {
            events.stockChanged("p-8", Instant.parse("2026-11-29T13:00:00Z"));
            return null;
        });

        List<Message> received = receive(queueUrl, 1);
        assertThat(received).hasSize(1);
        assertThat(JSON.readTree(received.get(0).body()).path("event").asText()).isEqualTo("STOCK_CHANGED");
        assertThat(received.get(0).messageAttributes().get("event").stringValue()).isEqualTo("STOCK_CHANGED");
    }

    @Test
    void aFailedSendIsSwallowedBecauseTheChangeItAnnouncesIsAlreadyWritten() {
        String missing = cloud.sqsEndpoint() + "/000000000000/h-w-no-such-queue-" + UUID.randomUUID();
        SqsChangeEvents events = new SqsChangeEvents(clients.sqs, () -> missing);
        assertThatCode(() -> events.orderStatusChanged("o-1", OrderStatus.PAID, Instant.now())).doesNotThrowAnyException();
    }

    /** Receives until {@code count} messages came (each receive waits up to a second; bounded). */
    private List<Message> receive(String queueUrl, int count) {
        List<Message> all = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && all.size() < count; attempt++) {
            all.addAll(clients.sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageAttributeNames("All")).messages());
        }
        return all;
    }
}
