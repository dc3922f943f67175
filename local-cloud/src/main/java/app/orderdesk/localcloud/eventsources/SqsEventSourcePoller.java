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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.ObjDoubleConsumer;

/**
 * What Lambda's SQS event source mapping does, for one function and one queue: long-polls the queue,
 * invokes the function synchronously with an {@code aws:sqs} event of up to {@code batchSize} records,
 * deletes the messages the function handled (all of them, or all but its {@code batchItemFailures}
 * when it reports partial failures) and leaves the rest: they come back after the visibility timeout,
 * and the queue's redrive policy moves a message that keeps failing to its dead-letter queue.
 *
 * <p>h-c: as AWS does it, so that what the cost model counts is what AWS would bill (ADR 0040). Lambda
 * "consumes messages in batches, starting at five concurrent batches": {@link #POLLERS} pollers, each
 * receiving (up to ten messages, the most one ReceiveMessage returns), invoking the function once with
 * what that receive returned (the batching window is 0, so it does not wait for more) and deleting what the
 * function handled with one DeleteMessageBatch — one receive, one invocation, one delete per batch, however
 * many orders its messages are about. A standard queue promises no order, and neither does this: two
 * changes of one order received by two pollers may reach the function in either order (the desk keeps the
 * newest status and adds late steps; ADR 0037). Before, one receive was split into lanes keyed by order, which
 * kept each order's changes in order but made several invocations, deletes and subscriber reads of one
 * receive, which AWS would not.
 *
 * <p>h-c (issue 11): the five batches in flight come from one receiving thread, not five long polls. The queue's
 * emulator (fauxqs) answers every waiting long poll when one message arrives — one gets the message, the others
 * return empty and ask again — so five waiting pollers made five receives of each message (four empty; 7
 * messages an order → about 35 receives, the push path's largest cost in the profile). SQS keeps the other long
 * polls waiting, so AWS's five pollers make one receive per batch; one long poll at a time, handing each batch to
 * one of {@link #POLLERS} slots, does the same here: at most five invocations at once, one receive, one
 * invocation and one delete per batch, and a receive only when a slot is free (as a poller receives only
 * when its previous batch is done).
 */
public final class SqsEventSourcePoller implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One mapping: the function, its queue, batch size and whether it answers {@code batchItemFailures}. */
    public record Mapping(String functionName, String queueUrl, String queueArn, int batchSize, boolean reportsBatchItemFailures) {}

    /** Batches in flight at once: Lambda starts an SQS mapping with five concurrent pollers. */
    static final int POLLERS = 5;
    /** SQS bills each 64 KiB of a request's payload as one request. */
    static final long BILLING_CHUNK = 64 * 1024;
    /** The most messages one ReceiveMessage returns. */
    static final int MAX_RECEIVE = 10;

    private final SqsClient sqs;
    private final LambdaBackend lambda;
    private final Mapping mapping;
    private final String region;
    private volatile boolean running = true;
    private final Thread receiver;
    /** One permit per batch in flight: the receiver takes one before it receives, the batch gives it back when done. */
    private final Semaphore slots = new Semaphore(POLLERS);
    private final ExecutorService batches = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sqs-event-source-batch-", 0).factory());
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
        this.receiver = Thread.ofVirtual().name("sqs-event-source-" + mapping.functionName()).unstarted(this::pollUntilClosed);
    }

    public SqsEventSourcePoller start() {
        receiver.start();
        return this;
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                slots.acquire();
            } catch (InterruptedException closed) {
                return;
            }
            boolean handedOver = false;
            try {
                handedOver = pollOnce();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // The queue's emulator or the function is away (a fault test, a restart): try again shortly, as
                // Lambda's poller does; the batch comes back after the visibility timeout.
                pause(500);
            } finally {
                if (!handedOver) {
                    slots.release();
                }
            }
        }
    }

    /**
     * One receive (waiting up to a second for messages); what came is one batch, handed to its own thread: one
     * invocation, one delete, then its slot is free again. True when a batch was handed over (it frees the slot).
     */
    boolean pollOnce() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(mapping.queueUrl())
                .maxNumberOfMessages(Math.min(MAX_RECEIVE, Math.max(1, mapping.batchSize())))
                .waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        meter.accept(messages.isEmpty() ? EMPTY_RECEIVES : RECEIVES, billedRequests(messages));
        if (messages.isEmpty() || !running) {
            return false;
        }
        batches.execute(() -> {
            try {
                invoke(messages);
            } catch (RuntimeException e) {
                // the function or the queue is away: the batch becomes visible again after the visibility timeout
            } finally {
                slots.release();
            }
        });
        return true;
    }

    /**
     * h-c: SQS bills each 64 KiB chunk of a request's payload as one request, so a receive that returns several
     * messages is one request unless together they pass 64 KiB (bodies and message attributes counted).
     */
    static int billedRequests(List<Message> messages) {
        long bytes = 0;
        for (Message m : messages) {
            bytes += m.body() == null ? 0 : m.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            for (var attribute : m.messageAttributes().entrySet()) {
                bytes += attribute.getKey().length() + attribute.getValue().dataType().length()
                        + (attribute.getValue().stringValue() == null ? 0 : attribute.getValue().stringValue().length());
            }
        }
        return (int) Math.max(1, (bytes + BILLING_CHUNK - 1) / BILLING_CHUNK);
    }

    /** One invocation with one receive's batch; deletes what the function handled. */
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
        receiver.interrupt();
        batches.shutdownNow();
    }
}
