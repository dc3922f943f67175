package app.orderdesk.backend.adapter.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * h-c (ADR 0040): an invocation's changes are packed into as few messages as SQS bills as one request each
 * (64 KiB of payload per request), in the order they were announced, none lost. The sending itself is tested on
 * the SQS emulator (local cloud, {@code SqsChangeEventsTest}).
 */
class SqsChangeEventsPackingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void smallChangesShareOneMessageInTheirOrder() {
        List<ObjectNode> messages = SqsChangeEvents.packed(List.of(change("a", 10), change("b", 10), change("c", 10)));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("event").asText()).isEqualTo(SqsChangeEvents.CHANGES);
        assertThat(ids(messages)).containsExactly("a", "b", "c");
    }

    @Test
    void largeChangesAreSplitSoEachMessageStaysOneBilledRequest() {
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            bodies.add(change("o-" + i, 20_000));
        }

        List<ObjectNode> messages = SqsChangeEvents.packed(bodies);

        assertThat(messages).hasSize(3);
        assertThat(messages).allSatisfy(m -> assertThat(m.toString().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(SqsChangeEvents.MAX_BODY_BYTES));
        assertThat(ids(messages)).containsExactly("o-0", "o-1", "o-2", "o-3", "o-4", "o-5", "o-6");
    }

    private static ObjectNode change(String orderId, int padding) {
        return JSON.createObjectNode().put("event", "ORDER_STATUS_CHANGED").put("orderId", orderId).put("pad", "x".repeat(padding));
    }

    private static List<String> ids(List<ObjectNode> messages) {
        List<String> ids = new ArrayList<>();
        for (ObjectNode message : messages) {
            for (JsonNode change : message.path("changes")) {
                ids.add(change.path("orderId").asText());
            }
        }
        return ids;
    }
}
