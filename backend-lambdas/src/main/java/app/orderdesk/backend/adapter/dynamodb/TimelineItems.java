package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.instant;
import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.num;
import static app.orderdesk.backend.adapter.dynamodb.Attr.putIfPresent;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;
import static app.orderdesk.backend.adapter.dynamodb.Attr.str;

import app.orderdesk.backend.domain.WorkflowStep;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One timeline step as an element of the order item's {@code timeline} list (ADR 0054). DynamoDB bills a
 * write by the item's size before and after it in 1 KB units, and every workflow step writes the order, so
 * the step is kept short: {@code n} the step's name, {@code t} when it started (epoch milliseconds), {@code d}
 * how long it took (milliseconds), {@code a} the attempts (absent: 1), {@code st} the status (absent:
 * SUCCEEDED), and for a failure {@code e} the error, {@code c} the cause, {@code cc} the cause's code.
 * Steps written before ADR 0054 (long names, ISO times) are still read.
 */
final class TimelineItems {

    private TimelineItems() {}

    static AttributeValue toItem(WorkflowStep step) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("n", s(step.name()));
        if (!WorkflowStep.SUCCEEDED.equals(step.status())) {
            m.put("st", s(step.status()));
        }
        if (step.attempts() != 1) {
            m.put("a", n(step.attempts()));
        }
        if (step.startedAt() != null) {
            m.put("t", n(step.startedAt().toEpochMilli()));
            if (step.endedAt() != null) {
                m.put("d", n(step.endedAt().toEpochMilli() - step.startedAt().toEpochMilli()));
            }
        } else if (step.endedAt() != null) {
            // No start (a step that never reached a task): the end alone, as an absolute time.
            m.put("et", n(step.endedAt().toEpochMilli()));
        }
        putIfPresent(m, "e", step.error());
        putIfPresent(m, "c", step.cause());
        putIfPresent(m, "cc", step.causeCode());
        return AttributeValue.fromM(m);
    }

    static WorkflowStep toStep(Map<String, AttributeValue> m) {
        if (m.containsKey("name")) {
            return beforeAdr0054(m);
        }
        Instant startedAt = m.containsKey("t") ? Instant.ofEpochMilli(num(m, "t", 0)) : null;
        Instant endedAt = startedAt != null && m.containsKey("d") ? startedAt.plusMillis(num(m, "d", 0))
                : m.containsKey("et") ? Instant.ofEpochMilli(num(m, "et", 0)) : null;
        String status = str(m, "st");
        return new WorkflowStep(str(m, "n"), status == null ? WorkflowStep.SUCCEEDED : status, (int) num(m, "a", 1),
                startedAt, endedAt, str(m, "e"), str(m, "c"), Attr.reasonCode(m, "cc"));
    }

    private static WorkflowStep beforeAdr0054(Map<String, AttributeValue> m) {
        return new WorkflowStep(str(m, "name"), str(m, "status"), (int) num(m, "attempts", 1), instant(m, "startedAt"),
                instant(m, "endedAt"), str(m, "error"), str(m, "cause"), Attr.reasonCode(m, "causeCode"));
    }
}
