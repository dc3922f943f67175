package app.orderdesk.backend.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ADR 0054: a timeline step is stored short, read back whole, and steps stored before it are still read. */
class TimelineItemsTest {

    private static final Instant START = Instant.parse("2026-11-30T04:12:33.125Z");

    @Test
    void aSucceededStepIsReadBackAsItWasWritten() {
        var step = WorkflowStep.succeeded("GenerateReceipt", 1, START, START.plusMillis(88));
        assertThat(TimelineItems.toStep(TimelineItems.toItem(step).m())).isEqualTo(step);
    }

    /** What a desk is pushed (the step as written) equals what it reads back later (the step as stored). */
    @Test
    void aStepMadeWithFinerTimesIsTheStepReadBack() {
        Instant fine = START.plusNanos(456_789);
        var step = WorkflowStep.succeeded("SaveOrder", 1, fine, fine.plusNanos(23_987_654));
        assertThat(step.startedAt()).isEqualTo(START);
        assertThat(TimelineItems.toStep(TimelineItems.toItem(step).m())).isEqualTo(step);
    }

    @Test
    void aFailedStepKeepsItsAttemptsErrorCauseAndCode() {
        var failed = WorkflowStep.failed("ProcessPayment", 3, START, START.plusSeconds(2), "PaymentDeclined",
                "The card was declined", ReasonCode.of(ReasonCode.STEP_TIMED_OUT));
        var neverStarted = WorkflowStep.failed("ReserveStock", 1, null, START, "States.Timeout", "took too long",
                ReasonCode.of(ReasonCode.STEP_TIMED_OUT));
        var noTimes = new WorkflowStep("SaveOrder", WorkflowStep.SUCCEEDED, 1, null, null, null, null, null);

        assertThat(TimelineItems.toStep(TimelineItems.toItem(failed).m())).isEqualTo(failed);
        assertThat(TimelineItems.toStep(TimelineItems.toItem(neverStarted).m())).isEqualTo(neverStarted);
        assertThat(TimelineItems.toStep(TimelineItems.toItem(noTimes).m())).isEqualTo(noTimes);
    }

    @Test
    void aStepWrittenBeforeTheShortFormIsStillRead() {
        Map<String, AttributeValue> old = Map.of(
                "name", AttributeValue.fromS("ReserveStock"),
                "status", AttributeValue.fromS("SUCCEEDED"),
                "attempts", AttributeValue.fromN("2"),
                "startedAt", AttributeValue.fromS("2026-11-30T04:12:33.125Z"),
                "endedAt", AttributeValue.fromS("2026-11-30T04:12:33.165Z"));
        assertThat(TimelineItems.toStep(old))
                .isEqualTo(WorkflowStep.succeeded("ReserveStock", 2, START, START.plusMillis(40)));
    }

    /** A count, not a timing: the size DynamoDB bills for one succeeded step (names + values, its documented rules). */
    @Test
    void aSucceededStepTakesAThirdOfTheBytesItTookBefore() {
        var step = WorkflowStep.succeeded("UpdateInventory", 1, START, START.plusMillis(61));
        Map<String, AttributeValue> before = Map.of("name", AttributeValue.fromS(step.name()),
                "status", AttributeValue.fromS(step.status()), "attempts", AttributeValue.fromN("1"),
                "startedAt", AttributeValue.fromS(step.startedAt().toString()),
                "endedAt", AttributeValue.fromS(step.endedAt().toString()));

        long now = size(TimelineItems.toItem(step).m());
        assertThat(now).as("the short form").isLessThanOrEqualTo(size(before) / 3);
    }

    private static long size(Map<String, AttributeValue> m) {
        long size = 3;
        for (var e : m.entrySet()) {
            AttributeValue v = e.getValue();
            long value = v.s() != null ? v.s().getBytes(StandardCharsets.UTF_8).length : v.n().length() / 2 + 2;
            size += 1 + e.getKey().length() + value;
        }
        return size;
    }
}
