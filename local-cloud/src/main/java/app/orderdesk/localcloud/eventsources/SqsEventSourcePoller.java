package app.orderdesk.localcloud.eventsources;

import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend.LambdaResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjDoubleConsumer;

/**
 * What Lambda's SQS event source mapping does, for one function and one queue: long-polls the queue,
 * invokes the function synchronously with an {@code aws:sqs} event of up to {@code batchSize} records,
 * deletes the messages the function handled (all of them, or all but its {@code batchItemFailures}
 * when it reports partial failures) and leaves the rest: they come back after the visibility timeout,
 * and the queue's redrive policy moves a message that keeps failing to its dead-letter queue.
 *
 * <p>Like the real mapping, several batches are in flight at once ({@link #LANES}), so one slow
 * invocation does not hold up every other change. Messages are split into lanes by their key (the
 * {@code MessageGroupId} when there is one, else the body's {@code orderId} or {@code productId}): one
 * lane invokes one batch at a time, in the order received, so the changes of one order stay in order.
 * Each lane holds at most {@link #LANE_CAPACITY} waiting messages; a full lane stops the receiving.
 */
public final class SqsEventSourcePoller implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One mapping: the function, its queue, batch size and whether it answers {@code batchItemFailures}. */
    public record Mapping(String functionName, String queueUrl, String queueArn, int batchSize, boolean reportsBatchItemFailures) {}

    /** Batches in flight at once (Lambda starts an SQS mapping with five concurrent pollers). */
    static final int LANES = 4;
    /** Messages waiting per lane before the receiving pauses (bounded: nothing piles up in memory). */
    static final int LANE_CAPACITY = 20;

    private final SqsClient sqs;
    private final LambdaBackend lambda;
    private final Mapping mapping;
    private final String region;
    private volatile boolean running = true;
    private final Thread thread;
    private final List<BlockingQueue<Message>> lanes = new ArrayList<>();
    private final List<Thread> laneThreads = new ArrayList<>();
    private final ObjDoubleConsumer<String> meter;

    /**
     * h-w: the SQS requests this poller makes are billed SQS requests in AWS (Lambda's pollers call ReceiveMessage
     * and DeleteMessageBatch on the account's queue), so the cost model counts them: {@value #RECEIVES} (a receive
     * that returned messages), {@value #EMPTY_RECEIVES} (this poller waits 1 s, Lambda's long poll 20 s: not
     * what AWS would bill idle), {@value #DELETES}.
     */
    public static final String RECEIVES = "eventsource.Sqs.ReceiveMessage";
    public static final String EMPTY_RECEIVES = "eventsource.Sqs.ReceiveMessage.empty";
    public static final String DELETES = "eventsource.Sqs.DeleteMessageBatch";

    public SqsEventSourcePoller(SqsClient sqs, LambdaBackend lambda, Mapping mapping, String region) {
        this(sqs, lambda, mapping, region, (name, amount) -> {});
    }

    /** As above, counting its own SQS requests into {@code meter} (the benchmark's). */
    public SqsEventSourcePoller(SqsClient sqs, LambdaBackend lambda, Mapping mapping, String region, ObjDoubleConsumer<String> meter) {
        this.meter = meter;
        this.sqs = sqs;
        this.lambda = lambda;
        this.mapping = mapping;
        this.region = region;
        this.thread = Thread.ofVirtual().name("sqs-event-source-" + mapping.functionName()).unstarted(this::pollUntilClosed);
        for (int i = 0; i < LANES; i++) {
            BlockingQueue<Message> lane = new ArrayBlockingQueue<>(LANE_CAPACITY);
            lanes.add(lane);
            laneThreads.add(Thread.ofVirtual().name("sqs-event-source-" + mapping.functionName() + "-lane-" + i)
                    .unstarted(() -> invokeUntilClosed(lane)));
        }
    }

    public SqsEventSourcePoller start() {
        laneThreads.forEach(Thread::start);
        thread.start();
        return this;
    }

    /** The lane of a message: all messages with the same key go to the same lane, hence stay in order. */
    static int laneOf(Message message) {
        return Math.floorMod(key(message).hashCode(), LANES);
    }

    /** The ordering key: the message group, else the order or product the change is about, else the message itself. */
    static String key(Message message) {
        String group = message.attributesAsStrings().get("MessageGroupId");
        if (group != null && !group.isEmpty()) {
            return group;
        }
        try {
            JsonNode body = JSON.readTree(message.body() == null ? "" : message.body());
            for (String field : List.of("orderId", "productId")) {
                String value = body.path(field).asText("");
                if (!value.isEmpty()) {
                    return field + ":" + value;
                }
            }
        } catch (Exception e) {
            // not JSON: no key of its own
        }
        return "message:" + message.messageId();
    }

    private void invokeUntilClosed(BlockingQueue<Message> lane) {
        while (running) {
            try {
                Message first = lane.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Message> batch = new ArrayList<>();
                batch.add(first);
                lane.drainTo(batch, Math.max(1, mapping.batchSize()) - 1);
                invoke(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the emulator or the function is away: the batch comes back after the visibility timeout
            }
        }
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // The queue's emulator is away (a fault test, a restart): try again shortly, as Lambda's poller does.
                pause(500);
            }
        }
    }

    /** One receive (waiting up to a second for messages); what came is handed to the lanes in order. */
    void pollOnce() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(mapping.queueUrl())
                .maxNumberOfMessages(Math.min(10, Math.max(1, mapping.batchSize())))
                .waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        meter.accept(messages.isEmpty() ? EMPTY_RECEIVES : RECEIVES, 1);
        for (Message message : messages) {
            try {
                lanes.get(laneOf(message)).put(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // closing: the rest comes back after the visibility timeout
            }
        }
    }

    /** One invocation with one lane's batch; deletes what the function handled. */
    private void invoke(List<Message> messages) {
        LambdaResponse response = lambda.invoke(mapping.functionName(), event(messages));
        if (!(response instanceof LambdaResponse.Success success)) {
            return; // the whole batch becomes visible again after the visibility timeout
        }
        Set<String> failed = mapping.reportsBatchItemFailures() ? failedIds(success.body()) : Set.of();
        List<DeleteMessageBatchRequestEntry> done = messages.stream()
                .filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                .toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(mapping.queueUrl()).entries(done));
            meter.accept(DELETES, 1);
        }
    }

    String event(List<Message> messages) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", m.messageId()).put("receiptHandle", m.receiptHandle()).put("body", m.body());
            ObjectNode attributes = record.putObject("attributes");
            m.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            m.messageAttributes().forEach((name, value) -> messageAttributes.putObject(name)
                    .put("stringValue", value.stringValue()).put("dataType", value.dataType()));
            record.put("md5OfBody", m.md5OfBody()).put("eventSource", "aws:sqs")
                    .put("eventSourceARN", mapping.queueArn()).put("awsRegion", region);
        }
        return event.toString();
    }

    private static Set<String> failedIds(String body) {
        Set<String> ids = new HashSet<>();
        try {
            JsonNode answer = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            answer.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
        } catch (Exception e) {
            // an answer that is not JSON reports no failures, as Lambda reads it
        }
        return ids;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        laneThreads.forEach(Thread::interrupt);
    }
}
