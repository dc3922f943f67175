package app.orderdesk.backend.usecase;

import app.orderdesk.api.AttentionItemView;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.port.AttentionQueue;
import app.orderdesk.backend.port.AttentionQueue.AttentionOrder;
import app.orderdesk.backend.domain.WorkflowStep;
import app.orderdesk.backend.port.OrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /orders/attention (support, managers) and the dashboard's "needs attention": FAILED orders
 * with the step that failed (read from the timeline the tasks keep in the order record) and the reason in words, and paid
 * orders whose receipt could not be delivered, and orders held for a retry after a failed step (kind FAILED:
 * support retries or cancels them; ADR 0013), and orders the reconciler left for people after repeated stops in
 * flight (kind STOPPED; ADR 0035). Looks back {@link #LOOK_BACK}.
 */
public final class ListAttention {

    static final Duration LOOK_BACK = Duration.ofDays(30);
    static final int MAX_ITEMS = 50;

    private final AttentionQueue queue;
    private final OrderRepository orders;
    private final Clock clock;

    public ListAttention(AttentionQueue queue, OrderRepository orders, Clock clock) {
        this.queue = queue;
        this.orders = orders;
        this.clock = clock;
    }

    public List<AttentionItemView> execute(int limit) {
        int max = Math.max(1, Math.min(limit, MAX_ITEMS));
        List<AttentionItemView> items = new ArrayList<>();
        for (AttentionOrder o : queue.since(clock.instant().minus(LOOK_BACK), max)) {
            if (stopped(o)) {
                items.add(stoppedItem(o));
            } else {
                // Held for a retry (RECEIVED/RESERVED: the queue answers those only when held or noted): a failed step.
                boolean held = o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.RESERVED;
                boolean failed = o.status() == OrderStatus.FAILED || held;
                if (!failed && !FailureReasons.RECEIPT_FOLLOW_UP.equals(o.reason())) {
                    continue; // a note that is not a follow-up flag
                }
                items.add(item(o, held, failed));
            }
            if (items.size() == max) {
                break;
            }
        }
        return items;
    }

    private AttentionItemView item(AttentionOrder o, boolean held, boolean failed) {
        // The reason's code too, so a desk words it in its language (ADR 0039); a missing reason has one as well.
        ReasonCode code = o.reason() == null ? ReasonCode.of(ReasonCode.ORDER_NOT_COMPLETED) : o.reasonCode();
        return new AttentionItemView(o.orderId(), o.orderNumber(), OrderStatusMapping.toApi(o.status()),
                kind(held, failed), failed ? failedStep(o.orderId(), held) : "EmailReceipt",
                o.reason() == null ? "The order could not be completed" : o.reason(),
                o.totalCents(), o.currency(), o.createdAt(), code == null ? null : code.code(), code == null ? null : code.params());
    }

    /** Left for people by the reconciler after repeated stops in flight (ADR 0035). */
    private static boolean stopped(AttentionOrder o) {
        return o.reasonCode() != null && ReasonCode.STOPPED_REPEATEDLY.equals(o.reasonCode().code());
    }

    /** STOPPED: the step it stopped before is the one to look at; nothing to retry by redrive (it is not held). */
    private static AttentionItemView stoppedItem(AttentionOrder o) {
        ReasonCode code = o.reasonCode();
        return new AttentionItemView(o.orderId(), o.orderNumber(), OrderStatusMapping.toApi(o.status()), "STOPPED",
                code.params().get("step"), o.reason(), o.totalCents(), o.currency(), o.createdAt(), code.code(), code.params());
    }

    /**
     * FAILED: held after a failed step — support can retry it from that step or cancel it (ADR 0013).
     * COMPENSATED: it ended FAILED after its compensation (stock released, nothing charged): nothing to retry.
     * FOLLOW_UP: paid, its receipt or email not delivered; resend it.
     */
    static String kind(boolean held, boolean failed) {
        if (!failed) {
            return "FOLLOW_UP";
        }
        return held ? "FAILED" : "COMPENSATED";
    }

    /**
     * The first workflow step that ended FAILED (compensation steps come after it) — for a held order the
     * last one (an earlier failure may have been retried already) — or null when unknown.
     */
    private String failedStep(String orderId, boolean held) {
        return orders.findTimeline(orderId).flatMap(timeline -> timeline.steps().stream()
                .filter(step -> WorkflowStep.FAILED.equals(step.status())).map(WorkflowStep::name)
                .reduce((first, later) -> held ? later : first)).orElse(null);
    }
}
