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
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * The local SQS event source, as Lambda's (h-c, ADR 0040): several batches in flight at once (one slow batch
 * does not hold up another), one receive is one batch — one invocation and one DeleteMessageBatch, whatever
 * orders its messages are about — and what the function handled is deleted, the rest left for redelivery.
 * The queue is a fake at the SDK interface; nothing is timed.
 */
class SqsEventSourcePollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsEventSourcePoller.Mapping MAPPING =
            new SqsEventSourcePoller.Mapping("QueueFedFunction", "http://queue", "arn:aws:sqs:us-east-1:000000000000:q", 10, true);

    @Test
    void aSecondBatchIsInvokedWhileTheFirstIsStillRunning() throws Exception {
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch slowReturned = new CountDownLatch(1);
        FakeQueue queue = new FakeQueue(List.of(message("o-slow", 1)), List.of(message("o-other", 1)));
        LambdaBackend lambda = (fn, payload) -> {
            String orderId = orderIds(payload).getFirst();
            if (orderId.equals("o-slow")) {
                try {
                    // blocks until the other batch has started: only a concurrent poller gets past this
                    assertThat(otherStarted.await(20, TimeUnit.SECONDS)).as("the other batch was invoked meanwhile").isTrue();
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
    void oneReceiveIsOneInvocationAndOneDeleteWhateverOrdersItsMessagesAreAbout() {
        List<Message> receive = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            receive.add(message("o-" + i, 1));
        }
        Map<String, Double> counted = new ConcurrentHashMap<>();
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        LambdaBackend lambda = (fn, payload) -> {
            batchSizes.add(bodies(payload).size());
            return new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        };
        FakeQueue queue = new FakeQueue(receive);
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1",
                (name, amount) -> counted.merge(name, amount, Double::sum)).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 6);
        }
        assertThat(batchSizes).as("one invocation with the whole receive").containsExactly(6);
        assertThat(counted.get(SqsEventSourcePoller.RECEIVES)).isEqualTo(1.0);
        assertThat(counted.get(SqsEventSourcePoller.DELETES)).isEqualTo(1.0);
        System.out.println("sqs event source: 6 messages of 6 orders in one receive -> " + batchSizes.size()
                + " invocation, " + counted.get(SqsEventSourcePoller.DELETES).intValue() + " DeleteMessageBatch (as Lambda; before: split by order)");
    }

    /** h-w: what the poller asks of SQS is billed in AWS, so the cost model counts it. */
    @Test
    void itCountsTheReceivesThatBroughtMessagesAndTheDeletesApartFromTheEmptyReceives() {
        Map<String, Double> counted = new ConcurrentHashMap<>();
        FakeQueue queue = new FakeQueue(List.of(message("o-a", 1), message("o-b", 1)), List.of(message("o-a", 2)));
        LambdaBackend lambda = (fn, payload) -> new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1",
                (name, amount) -> counted.merge(name, amount, Double::sum)).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 3
                    && counted.getOrDefault(SqsEventSourcePoller.EMPTY_RECEIVES, 0.0) > 0);
        }
        assertThat(counted.get(SqsEventSourcePoller.RECEIVES)).isEqualTo(2.0);
        assertThat(counted.get(SqsEventSourcePoller.DELETES)).isEqualTo(2.0);
    }

    /**
     * h-c (issue 11): one long poll waits at a time. The queue's emulator answers every waiting long poll when one
     * message arrives (all but one empty), so five waiting receives made five receives of each message; batches
     * still run concurrently (above), each handed to its own slot.
     */
    @Test
    void oneLongPollWaitsAtATime() {
        FakeQueue queue = new FakeQueue(List.of(message("o-a", 1)), List.of(message("o-b", 1)));
        LambdaBackend lambda = (fn, payload) -> new LambdaBackend.LambdaResponse.Success("{\"batchItemFailures\":[]}");
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 2 && queue.receiveCalls.get() >= 10);
        }
        System.out.println("sqs event source: " + queue.receiveCalls.get() + " receives, at most " + queue.mostAtOnce.get() + " at once");
        assertThat(queue.mostAtOnce.get()).as("receives waiting at the same time").isEqualTo(1);
    }

    /** h-c: a receive is one billed request per 64 KiB of what it returned, however many messages that is. */
    @Test
    void aReceiveIsBilledPer64KiBOfWhatItReturned() {
        assertThat(SqsEventSourcePoller.billedRequests(List.of(message("o-1", 1), message("o-2", 1), message("o-3", 1)))).isEqualTo(1);
        Message big = Message.builder().messageId("m-big").body("x".repeat(40 * 1024)).build();
        assertThat(SqsEventSourcePoller.billedRequests(List.of(big))).isEqualTo(1);
        assertThat(SqsEventSourcePoller.billedRequests(List.of(big, big))).isEqualTo(2);
    }

    @Test
    void aMessageTheFunctionReportsFailedIsLeftForRedelivery() {
        FakeQueue queue = new FakeQueue(List.of(message("o-a", 1), message("o-b", 1)));
        LambdaBackend lambda = (fn, payload) -> new LambdaBackend.LambdaResponse.Success(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"o-b#1\"}]}");
        try (SqsEventSourcePoller poller = new SqsEventSourcePoller(queue, lambda, MAPPING, "us-east-1").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.deleted.size() == 1);
        }
        assertThat(queue.deleted).containsExactly("o-a#1");
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
        final java.util.concurrent.atomic.AtomicInteger receiveCalls = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger atOnce = new java.util.concurrent.atomic.AtomicInteger();

        @SafeVarargs
        FakeQueue(List<Message>... receives) {
            this.receives.addAll(List.of(receives));
        }

        @Override
        public ReceiveMessageResponse receiveMessage(Consumer<ReceiveMessageRequest.Builder> request) {
            receiveCalls.incrementAndGet();
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                return receive();
            } finally {
                atOnce.decrementAndGet();
            }
        }

        private ReceiveMessageResponse receive() {
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
