package app.orderdesk.localcloud.bench;

import app.orderdesk.localcloud.eventsources.SqsEventSourcePoller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * h-w: SQS requests and the KMS requests of the encrypted order events topic, from what a bench run counted
 * per order (docs/decisions/0036-change-events-to-the-queue.md).
 *
 * <p>SQS: every request the functions made ({@code calls.Sqs.*}, metering interceptor) plus what Lambda's event
 * source asks of the queue for them — the receives that brought messages and the deletes
 * ({@link SqsEventSourcePoller} counts them). Each 64 KB of payload is one billed request: a function's message
 * (one workflow step's changes) is packed under 64 KiB, so one SendMessage is one request, and the poller counts a
 * receive per 64 KiB of what it returned (h-c). The local poller's empty receives (1 s waits) say nothing
 * about Lambda's idle 20 s long polls and are not priced per order.
 *
 * <p>KMS: SNS reuses a data key for up to 5 minutes, per publishing principal, at 2 requests each
 * (R = B / D × 2P, Amazon SNS developer guide, "Key management"). An order that meets no other publish within
 * 5 minutes costs 2 × the principals that published in it (a principal publishing in a fraction x of the
 * orders adds 2x); a month costs at most 2 × its 5-minute windows × the principals.
 * Each function's role is a principal ({@code fn.<function>.calls.Sns.Publish}), and so is the state
 * machine's ({@code snsPublishes}, the workflow's own sns:publish states).
 */
final class QueueAndKeyCosts {

    static final double KEY_REUSE_SECONDS = 300;
    static final String WORKFLOW = "the workflow";
    /**
     * Lambda's SQS event source keeps polling an idle queue. An estimate, not a documented figure: 5 pollers, each
     * one long poll of 20 s at a time, over a 30-day month.
     */
    static final double IDLE_POLLS_PER_MONTH = 5 * (30.0 * 24 * 3600 / 20);

    private final JsonNode counted;
    private final double workflowPublishes;

    QueueAndKeyCosts(JsonNode counted, double workflowPublishes) {
        this.counted = counted;
        this.workflowPublishes = workflowPublishes;
    }

    /** SQS requests per order: the functions' calls and the event source's receives (with messages) and deletes. */
    double sqsRequests() {
        double total = counted.path(SqsEventSourcePoller.RECEIVES).asDouble() + counted.path(SqsEventSourcePoller.DELETES).asDouble();
        for (Iterator<Map.Entry<String, JsonNode>> it = counted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("calls.Sqs.")) {
                total += e.getValue().asDouble();
            }
        }
        return total;
    }

    /** SNS publishes per order by publishing principal (function roles, and the state machine's role). */
    Map<String, Double> publishesByPrincipal() {
        Map<String, Double> byPrincipal = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = counted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.startsWith("fn.") && (key.endsWith(".calls.Sns.Publish") || key.endsWith(".calls.Sns.PublishBatch"))
                    && e.getValue().asDouble() > 0) {
                byPrincipal.merge(key.substring(3, key.indexOf(".calls.")), e.getValue().asDouble(), Double::sum);
            }
        }
        if (workflowPublishes > 0) {
            byPrincipal.put(WORKFLOW, workflowPublishes);
        }
        return byPrincipal;
    }

    /** KMS requests of one order that meets no other publish within the reuse period: 2 per principal that published. */
    double kmsRequestsPerIsolatedOrder() {
        return publishesByPrincipal().values().stream().mapToDouble(n -> 2 * Math.min(1, n)).sum();
    }

    /** KMS requests in a month of {@code orders}: each isolated, at most 2 per principal per reuse period. */
    double kmsRequestsPerMonth(long orders, double secondsPerMonth) {
        double cap = 2 * (secondsPerMonth / KEY_REUSE_SECONDS) * publishesByPrincipal().size();
        return Math.min(orders * kmsRequestsPerIsolatedOrder(), cap);
    }
}
