package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Structural rules the order workflow must keep: seed steps, reservation before payment, retries, timeouts, stable error names. */
class WorkflowDefinitionTest {

    private static final List<String> HAPPY_PATH = List.of("ValidateOrder", "SaveOrder", "ReserveStock",
            "ProcessPayment", "UpdateInventory", "SendNotification", "GenerateReceipt", "EmailReceipt");

    private final Template template = Template.load();
    private final JsonNode states = template.workflow.path("States");

    @Test
    void happyPathVisitsEverySeedStepInOrderWithReservationBeforePayment() {
        List<String> path = new ArrayList<>();
        String current = template.workflow.path("StartAt").asText();
        while (current != null && path.size() < 50) {
            JsonNode state = states.path(current);
            if ("Choice".equals(state.path("Type").asText())) {
                current = state.path("Default").asText(); // ResumeAt: a new order (no resumeAt) starts at ValidateOrder
                continue;
            }
            path.add(current);
            current = state.has("Next") ? state.path("Next").asText() : null;
        }
        assertThat(path).containsExactlyElementsOf(HAPPY_PATH);
    }

    /**
     * Where a new execution may resume: support's retry of a held step (ADR 0013: SaveOrder, ReserveStock) and the
     * reconciler's resume of an order a run left in flight, at the step after its status (ADR 0035:
     * {@code ResumeInFlightOrders.resumeStep}, pinned by its own test); each choice goes to the state it names.
     */
    @Test
    void aRetryResumesAtTheHeldStepsAndAtTheStepAfterEachInFlightStatus() {
        List<String> targets = new ArrayList<>();
        for (JsonNode choice : states.path("ResumeAt").path("Choices")) {
            String named = choice.path("And").get(1).path("StringEquals").asText();
            assertThat(choice.path("Next").asText()).as("the choice for " + named).isEqualTo(named);
            targets.add(named);
        }
        assertThat(targets).containsExactlyInAnyOrder("SaveOrder", "ReserveStock", "ProcessPayment", "UpdateInventory",
                "SendNotification", "EmailReceipt");
    }

    /**
     * EXPRESS (ADR 0018): an execution may run 5 minutes at most, so the workflow's own TimeoutSeconds is at most
     * 300 and its longest path, with every attempt of every Task timing out and every retry waiting its longest
     * backoff, must fit in it — the workflow's retries, not the execution limit, decide how an order ends.
     */
    @Test
    void theWorstCaseRetryPathFitsTheExpressExecutionLimit() {
        long limit = template.workflow.path("TimeoutSeconds").asLong();
        long worst = worstCaseSeconds(template.workflow.path("StartAt").asText(), new java.util.HashMap<>());
        System.out.printf("workflow: worst-case path %d s (every attempt times out, every backoff its longest); TimeoutSeconds %d%n", worst, limit);
        assertThat(limit).isBetween(1L, 300L);
        assertThat(worst).isLessThanOrEqualTo(limit);
    }

    /** The longest time from entering {@code name} to the end of the execution (the graph has no cycles). */
    private long worstCaseSeconds(String name, java.util.Map<String, Long> known) {
        Long done = known.get(name);
        if (done != null) {
            return done;
        }
        JsonNode state = states.path(name);
        long own = 0;
        if ("Task".equals(state.path("Type").asText())) {
            long attempts = 1;
            long waits = 0;
            for (JsonNode retry : state.path("Retry")) {
                int max = retry.path("MaxAttempts").asInt(3);
                double interval = retry.path("IntervalSeconds").asDouble(1);
                double rate = retry.path("BackoffRate").asDouble(2.0);
                double cap = retry.has("MaxDelaySeconds") ? retry.path("MaxDelaySeconds").asDouble() : Double.MAX_VALUE;
                attempts += max;
                for (int k = 0; k < max; k++) {
                    waits += (long) Math.ceil(Math.min(interval * Math.pow(rate, k), cap));
                }
            }
            own = attempts * state.path("TimeoutSeconds").asLong(60) + waits;
        }
        List<String> next = new ArrayList<>();
        if (state.has("Next")) {
            next.add(state.path("Next").asText());
        }
        if (state.has("Default")) {
            next.add(state.path("Default").asText());
        }
        state.path("Choices").forEach(c -> next.add(c.path("Next").asText()));
        state.path("Catch").forEach(c -> next.add(c.path("Next").asText()));
        long after = 0;
        for (String n : next) {
            after = Math.max(after, worstCaseSeconds(n, known));
        }
        known.put(name, own + after);
        return own + after;
    }

    @Test
    void everyTaskHasATimeoutAndRetriesWithBackoffAndJitter() {
        states.properties().forEach(e -> {
            JsonNode state = e.getValue();
            if (!"Task".equals(state.path("Type").asText())) {
                return;
            }
            assertThat(state.path("TimeoutSeconds").asInt()).as(e.getKey() + " timeout").isBetween(1, 60);
            assertThat(state.path("Retry").isArray() && !state.path("Retry").isEmpty()).as(e.getKey() + " retry").isTrue();
            for (JsonNode retry : state.path("Retry")) {
                assertThat(retry.path("BackoffRate").asDouble()).as(e.getKey()).isGreaterThan(1.0);
                assertThat(retry.path("JitterStrategy").asText()).as(e.getKey()).isEqualTo("FULL");
                assertThat(retry.path("MaxAttempts").asInt()).as(e.getKey()).isBetween(1, 6);
            }
        });
    }

    @Test
    void stepsBeforeTheMoneyRouteBusinessErrorsToCompensation() {
        assertThat(catchTarget("ReserveStock", "app.orderdesk.backend.errors.OrderRejectedException")).isEqualTo("RejectOrder");
        assertThat(catchTarget("ProcessPayment", "app.orderdesk.backend.errors.PaymentDeclinedException")).isEqualTo("DeclinePayment");
        assertThat(catchTarget("ProcessPayment", "States.ALL")).isEqualTo("ReleaseStock");
        assertThat(states.path("DeclinePayment").path("Resource").asText()).isEqualTo("${ReleaseStockFunctionArn}");
        assertThat(catchTarget("ReleaseStock", "States.ALL")).isEqualTo("CompensationFailed");
        assertThat(states.path("CompensationFailed").path("Parameters").path("TopicArn").asText()).isEqualTo("${AlertsTopicArn}");
    }

    @Test
    void receiptAndEmailFailuresNeverUndoThePayment() {
        for (String step : List.of("GenerateReceipt", "EmailReceipt")) {
            String target = catchTarget(step, "States.ALL");
            assertThat(target).isEqualTo("FlagFollowUp");
        }
        // Nothing reachable from the follow-up path releases stock or touches the payment.
        assertThat(reachableFrom("FlagFollowUp")).doesNotContain("ReleaseStock", "DeclinePayment", "ProcessPayment");
    }

    @Test
    void everyMatchedErrorNameIsARealBackendExceptionClass() throws Exception {
        Set<String> names = new TreeSet<>();
        states.properties().forEach(e -> {
            for (String field : List.of("Retry", "Catch")) {
                for (JsonNode rule : e.getValue().path(field)) {
                    rule.path("ErrorEquals").forEach(n -> names.add(n.asText()));
                }
            }
        });
        for (String name : names) {
            if (name.startsWith("States.") || name.startsWith("Lambda.")) {
                continue;
            }
            Class<?> type = Class.forName(name);
            assertThat(Throwable.class).as(name).isAssignableFrom(type);
        }
        assertThat(names).contains("app.orderdesk.backend.errors.TransientFailureException");
    }

    @Test
    void substitutionsMatchThePlaceholdersExactly() {
        Set<String> placeholders = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9]+)}").matcher(template.workflow.toString());
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        Set<String> substitutions = new TreeSet<>();
        template.resource("OrderWorkflow").path("Properties").path("DefinitionSubstitutions").fieldNames()
                .forEachRemaining(substitutions::add);
        assertThat(substitutions).isEqualTo(placeholders);
    }

    @Test
    void everyStateIsReachableAndEveryTransitionExists() {
        Set<String> reachable = reachableFrom(template.workflow.path("StartAt").asText());
        Set<String> all = new TreeSet<>();
        states.fieldNames().forEachRemaining(all::add);
        assertThat(reachable).isEqualTo(all);
    }

    private String catchTarget(String state, String error) {
        for (JsonNode c : states.path(state).path("Catch")) {
            for (JsonNode e : c.path("ErrorEquals")) {
                if (e.asText().equals(error)) {
                    return c.path("Next").asText();
                }
            }
        }
        return null;
    }

    private Set<String> reachableFrom(String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode state = states.path(name);
            assertThat(state.isMissingNode()).as("state " + name + " exists").isFalse();
            if (state.has("Next")) {
                todo.push(state.path("Next").asText());
            }
            state.path("Catch").forEach(c -> todo.push(c.path("Next").asText()));
            state.path("Choices").forEach(c -> todo.push(c.path("Next").asText()));
            if (state.has("Default")) {
                todo.push(state.path("Default").asText());
            }
        }
        return seen;
    }

}
