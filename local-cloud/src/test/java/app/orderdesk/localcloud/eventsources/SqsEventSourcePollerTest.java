package app.orderdesk.localcloud.eventsources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * The local SQS event source: batches of different orders are invoked concurrently (one slow order does
 * not hold up another), the changes of one order reach the function in the order they were received, and
 * what the function handled is deleted. The queue is a fake at the SDK interface; nothing is timed.
 */
class SqsEventSourcePollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsEventSourcePoller.Mapping MAPPING =
            new SqsEventSourcePoller.Mapping("PushNotifierFunction", "http://queue", "arn:aws:sqs:us-east-1:000000000000:q", 10, true);

    @Test
    void aSecondOrderIsInvokedWhileTheFirstOnesBatchIsStillRunning() throws Exception {
        String slow = orderInLane(0);
        String other = orderInLane(1);
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch slowReturned = new CountDownLatch(1);
        FakeQueue queue = new FakeQueue(List.of(message(slow, 1)), List.of(message(other, 1)));
        LambdaBackend lambda = (fn, payload) -> {
            String orderId = orderIds(payload).getFirst();
            if (orderId.equals(slow)) {
                try {
                    // blocks until the other order's batch has started: only a concurrent poller gets past this
                    assertThat(otherStarted.await(20, TimeUnit.SECONDS)).as("the other order was invoked meanwhile").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slowReturned.countDown();
            } else {
                otherStarted.countDown();
            }
            return new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        };
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1").start()) {
            assertThat(slowReturned.await(30, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 2);
        }
    }

    @Test
    void theChangesOfOneOrderReachTheFunctionInTheOrderReceived() {
        List<String> orders = List.of(orderInLane(0), orderInLane(1), orderInLane(2), orderInLane(3), "o-extra-1", "o-extra-2");
        List<List<Message>> receives = new ArrayList<>();
        int total = 0;
        for (int seq = 1; seq <= 8; seq++) {
            List<Message> receive = new ArrayList<>();
            for (String order : orders) {
                receive.add(message(order, seq));
                total++;
            }
            receives.add(receive);
        }
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        AtomicInteger invocations = new AtomicInteger();
        LambdaBackend lambda = (fn, payload) -> {
            invocations.incrementAndGet();
            for (JsonNode body : bodies(payload)) {
                seen.computeIfAbsent(body.path("orderId").asText(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(body.path("seq").asInt());
            }
            return new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        };
        FakeQueue queue = new FakeQueue(receives.toArray(List[]::new));
        int expected = total;
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == expected);
        }
        for (String order : orders) {
            assertThat(seen.get(order)).as(order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
        System.out.println("sqs event source: " + expected + " messages of " + orders.size() + " orders in " + invocations.get()
                + " invocations over " + SqsEventSourcePoller.LANES + " lanes; every order's changes in order");
    }

    /** h-w: what the poller asks of SQS is billed in AWS, so the cost model counts it. */
    @Test
    void itCountsTheReceivesThatBroughtMessagesAndTheDeletesApartFromTheEmptyReceives() {
        Map<String, Double> counted = new ConcurrentHashMap<>();
        FakeQueue queue = new FakeQueue(List.of(message("o-a", 1), message("o-a", 2)), List.of(message("o-a", 3)));
        LambdaBackend lambda = (fn, payload) -> new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1",
                (name, amount) -> counted.merge(name, amount, Double::sum)).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 3
                    && counted.getOrDefault(SqsEventSourcePoller.EMPTY_RECEIVES, 0.0) > 0);
        }
        assertThat(counted.get(SqsEventSourcePoller.RECEIVES)).isEqualTo(2.0);
        // one lane: the three messages of one order arrive in one or two batches, each deleted with one request
        assertThat(counted.get(SqsEventSourcePoller.DELETES)).isBetween(1.0, 2.0);
    }

    @Test
    void aMessageIsKeyedByItsGroupElseItsOrderElseItsProduct() {
        Message grouped = Message.builder().messageId("m1").body("{\"orderId\":\"o-1\"}")
                .attributesWithStrings(Map.of("MessageGroupId", "g-7")).build();
        assertThat(SqsEventSourcePoller.key(grouped)).isEqualTo("g-7");
        assertThat(SqsEventSourcePoller.key(message("o-1", 1))).isEqualTo("orderId:o-1");
        assertThat(SqsEventSourcePoller.key(Message.builder().messageId("m2").body("{\"productId\":\"p-1\"}").build())).isEqualTo("productId:p-1");
        assertThat(SqsEventSourcePoller.key(Message.builder().messageId("m3").body("not json").build())).isEqualTo("message:m3");
    }

    /** An order id the poller puts in {@code lane} (any id when there is no such lane: the tests then show why). */
    private static String orderInLane(int lane) {
        for (int i = 0; i < 10_000; i++) {
            String id = "o-" + lane + "-" + i;
            if (SqsEventSourcePoller.laneOf(message(id, 0)) == lane) {
                return id;
            }
        }
        return "o-" + lane;
    }

    private static Message message(String orderId, int seq) {
        return Message.builder().messageId(orderId + "#" + seq).receiptHandle("rh-" + orderId + "#" + seq)
                .body("{\"event\":\"ORDER_STATUS_CHANGED\",\"orderId\":\"" + orderId + "\",\"seq\":" + seq + "}").build();
    }

    private static List<JsonNode> bodies(String payload) {
        List<JsonNode> bodies = new ArrayList<>();
        try {
            for (JsonNode record : JSON.readTree(payload).path("Records")) {
                bodies.add(JSON.readTree(record.path("body").asText()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return bodies;
    }

    private static List<String> orderIds(String payload) {
        return bodies(payload).stream().map(b -> b.path("orderId").asText()).toList();
    }

    /** Hands out the given receives in turn, then nothing; records what was deleted. */
    private static final class FakeQueue implements SqsClient {
        final ConcurrentLinkedQueue<List<Message>> receives = new ConcurrentLinkedQueue<>();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();

        @SafeVarargs
        FakeQueue(List<Message>... receives) {
            this.receives.addAll(List.of(receives));
        }

        @Override
        public ReceiveMessageResponse receiveMessage(Consumer<ReceiveMessageRequest.Builder> request) {
            List<Message> next = receives.poll();
            if (next == null) {
                try {
                    Thread.sleep(50); // an empty long poll
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return ReceiveMessageResponse.builder().messages(List.of()).build();
            }
            return ReceiveMessageResponse.builder().messages(next).build();
        }

        @Override
        public DeleteMessageBatchResponse deleteMessageBatch(Consumer<DeleteMessageBatchRequest.Builder> request) {
            DeleteMessageBatchRequest built = DeleteMessageBatchRequest.builder().applyMutation(request).build();
            built.entries().forEach(e -> deleted.add(e.id()));
            return DeleteMessageBatchResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    }
}
