package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Maps AWS JSON 1.0 Step Functions actions (request JSON in, response JSON out) onto {@link StepFunctionsService}. */
final class SfnActions {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final StepFunctionsService service;

    SfnActions(StepFunctionsService service) {
        this.service = service;
    }

    /** Dispatches one action as a caller of the AWS API; throws {@link StepFunctionsException} for API errors. */
    JsonNode handle(String action, JsonNode request) {
        return handle(action, request, false);
    }

    /**
     * Dispatches one action. Unless {@code readsExecutionLog} (a test or the bench reading what AWS would put in
     * an Express workflow's CloudWatch log, see {@link ExpressExecutionLog}), the actions AWS refuses for
     * EXPRESS executions are refused here the same way, so code that would fail in AWS fails locally.
     */
    JsonNode handle(String action, JsonNode request, boolean readsExecutionLog) {
        if (!readsExecutionLog) {
            refuseWhatExpressDoesNotSupport(action, request);
        }
        return switch (action) {
            case "CreateStateMachine" -> {
                StateMachineInfo machine = service.createStateMachine(required(request, "name"),
                        required(request, "definition"), request.path("roleArn").asText(null),
                        request.path("type").asText("STANDARD"));
                yield Json.object().put("stateMachineArn", machine.arn())
                        .put("creationDate", SfnJson.epochSeconds(machine.creationDate()));
            }
            case "DescribeStateMachine" -> SfnJson.stateMachine(
                    service.describeStateMachine(required(request, "stateMachineArn")), true);
            case "ListStateMachines" -> page(request, service.listStateMachines(), "stateMachines",
                    m -> SfnJson.stateMachine(m, false));
            case "StartExecution" -> {
                ExecutionInfo info = service.startExecution(required(request, "stateMachineArn"),
                        request.path("name").asText(null), request.path("input").asText(null));
                yield Json.object().put("executionArn", info.executionArn())
                        .put("startDate", SfnJson.epochSeconds(info.startDate()));
            }
            case "StartSyncExecution" -> SfnJson.describeExecution(service.startSyncExecution(
                    required(request, "stateMachineArn"), request.path("name").asText(null),
                    request.path("input").asText(null)));
            case "DescribeExecution" -> SfnJson.describeExecution(service.describeExecution(required(request, "executionArn")));
            case "GetExecutionHistory" -> history(request);
            case "ListExecutions" -> page(request, service.listExecutions(required(request, "stateMachineArn"),
                    status(request.path("statusFilter").asText(null))), "executions", SfnJson::execution);
            case "StopExecution" -> {
                Instant stopped = service.stopExecution(required(request, "executionArn"),
                        request.path("error").asText(null), request.path("cause").asText(null));
                yield Json.object().put("stopDate", SfnJson.epochSeconds(stopped));
            }
            case "RedriveExecution" -> {
                Instant redriven = service.redriveExecution(required(request, "executionArn"),
                        request.path("clientToken").asText(null));
                yield Json.object().put("redriveDate", SfnJson.epochSeconds(redriven));
            }
            default -> throw new StepFunctionsException("UnknownOperationException", "Unknown operation " + action);
        };
    }

    /**
     * AWS: DescribeExecution, GetExecutionHistory, StopExecution and RedriveExecution answer InvalidArn for an
     * Express execution ARN ({@code :express:}); ListExecutions answers StateMachineTypeNotSupported for an
     * Express state machine.
     */
    private void refuseWhatExpressDoesNotSupport(String action, JsonNode request) {
        switch (action) {
            case "DescribeExecution", "GetExecutionHistory", "StopExecution", "RedriveExecution" -> {
                String arn = request.path("executionArn").asText(null);
                if (StepFunctionsService.isExpressExecution(arn)) {
                    throw new StepFunctionsException("InvalidArn",
                            "Invalid Arn: 'Resource type not valid in this context: express' (" + action
                                    + " is not supported for EXPRESS state machines)");
                }
            }
            case "ListExecutions" -> {
                String machine = request.path("stateMachineArn").asText(null);
                if (machine != null && service.isExpressMachine(machine)) {
                    throw new StepFunctionsException("StateMachineTypeNotSupported",
                            "This operation is not supported by this type of state machine");
                }
            }
            default -> {
            }
        }
    }

    private JsonNode history(JsonNode request) {
        List<HistoryEvent> events = service.getExecutionHistory(required(request, "executionArn"));
        if (request.path("reverseOrder").asBoolean(false)) {
            events = events.reversed();
        }
        return page(request, events, "events", SfnJson::event);
    }

    /** Offset-based paging: the token is the index of the next item. */
    private static <T> JsonNode page(JsonNode request, List<T> items, String member, Function<T, ObjectNode> render) {
        int size = request.path("maxResults").asInt(0);
        if (size <= 0) {
            size = DEFAULT_PAGE;
        }
        size = Math.min(size, MAX_PAGE);
        int from = 0;
        if (request.hasNonNull("nextToken")) {
            try {
                from = Integer.parseInt(request.get("nextToken").asText());
            } catch (NumberFormatException e) {
                throw new StepFunctionsException("InvalidToken", "Invalid Token: '" + request.get("nextToken").asText() + "'");
            }
        }
        ObjectNode out = Json.object();
        ArrayNode array = out.putArray(member);
        int to = Math.min(items.size(), from + size);
        for (int i = from; i < to; i++) {
            array.add(render.apply(items.get(i)));
        }
        if (to < items.size()) {
            out.put("nextToken", String.valueOf(to));
        }
        return out;
    }

    private static ExecutionStatus status(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ExecutionStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new StepFunctionsException("ValidationException", "Invalid statusFilter: " + text);
        }
    }

    private static String required(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new StepFunctionsException("ValidationException",
                    "1 validation error detected: Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
        }
        return value.textValue();
    }
}
