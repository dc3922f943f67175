package app.orderdesk.backend.port;

import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.WorkflowStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of an {@code ORDER_STATUS_CHANGED} event: written where the change is stored, read by the push
 * notifier, whatever carries it between them (SNS today; the transport may change, this form stays).
 * {@code at} repeats {@code updatedAt} for readers of the older, bare form. Texts are cut to
 * {@link #MAX_TEXT} characters and at most {@link #MAX_STEPS} steps are carried, so a body stays a few KB,
 * far below a WebSocket frame (128 KB) or an SNS message (256 KB).
 */
public final class OrderChangeMessage {

    public static final String EVENT = "ORDER_STATUS_CHANGED";
    static final int MAX_TEXT = 1_000;
    static final int MAX_STEPS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderChangeMessage() {}

    public static ObjectNode write(OrderChange change) {
        ObjectNode body = JSON.createObjectNode().put("event", EVENT)
                .put("orderId", change.orderId()).put("status", change.status().name())
                .put("at", change.updatedAt().toString()).put("updatedAt", change.updatedAt().toString())
                .put("receiptAvailable", change.receiptAvailable());
        putText(body, "placedBy", change.placedBy());
        putText(body, "statusReason", change.statusReason());
        putCode(body, "statusReasonCode", change.statusReasonCode());
        ArrayNode steps = body.putArray("steps");
        List<WorkflowStep> written = change.steps();
        for (WorkflowStep step : written.subList(Math.max(0, written.size() - MAX_STEPS), written.size())) {
            ObjectNode node = steps.addObject().put("name", step.name()).put("status", step.status()).put("attempts", step.attempts());
            putText(node, "startedAt", step.startedAt() == null ? null : step.startedAt().toString());
            putText(node, "endedAt", step.endedAt() == null ? null : step.endedAt().toString());
            putText(node, "error", step.error());
            putText(node, "cause", step.cause());
            putCode(node, "causeCode", step.causeCode());
        }
        return body;
    }

    /**
     * The change a body describes; empty for a bare status ({@code orderId, status, at} only, as written
     * before the change was carried whole) or a body that is not an order change.
     */
    public static Optional<OrderChange> read(JsonNode body) {
        if (!EVENT.equals(body.path("event").asText()) || !body.hasNonNull("updatedAt")) {
            return Optional.empty();
        }
        List<WorkflowStep> steps = new ArrayList<>();
        for (JsonNode node : body.path("steps")) {
            steps.add(new WorkflowStep(node.path("name").asText(), node.path("status").asText(), node.path("attempts").asInt(),
                    instant(node, "startedAt"), instant(node, "endedAt"), text(node, "error"), text(node, "cause"),
                    code(node, "causeCode")));
        }
        return Optional.of(new OrderChange(body.path("orderId").asText(), text(body, "placedBy"),
                OrderStatus.valueOf(body.path("status").asText()), text(body, "statusReason"), code(body, "statusReasonCode"),
                instant(body, "updatedAt"),
                steps, body.path("receiptAvailable").asBoolean(false)));
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value);
        }
    }

    /** A reason's code as {@code {"code": ..., "params": {...}}}, so a desk can word it in its own language. */
    private static void putCode(ObjectNode node, String field, ReasonCode code) {
        if (code != null && code.code() != null) {
            ObjectNode value = node.putObject(field).put("code", code.code());
            ObjectNode params = value.putObject("params");
            code.params().forEach((name, param) -> params.put(name, param == null || param.length() <= MAX_TEXT ? param
                    : param.substring(0, MAX_TEXT - 1) + "…"));
        }
    }

    private static ReasonCode code(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.hasNonNull("code")) {
            return null;
        }
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        value.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        return new ReasonCode(value.get("code").asText(), params);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
    }
}
