package app.orderdesk.localcloud.stepfunctions.asl.state;

import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionRuntime;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.error.ExecutionInterrupted;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import app.orderdesk.localcloud.stepfunctions.asl.path.JsonPaths;
import app.orderdesk.localcloud.stepfunctions.asl.task.TaskResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Task: invokes its resource with retries, timeouts and catchers, recording AWS's task events. */
final class TaskState implements StateHandler {

    @Override
    public Transition execute(StateRun run, JsonNode input) {
        JsonNode effective = StateIo.inputPath(run, input);
        TaskResource resource;
        try {
            resource = TaskResource.parse(run.text("Resource"));
        } catch (IllegalArgumentException e) {
            throw StatesError.runtime(e.getMessage());
        }
        Duration timeout = timeout(run, effective);
        TaskEvents events = new TaskEvents(run.runtime(), resource);
        int[] lastRetryCount = {0};
        Recovery.Outcome outcome = Recovery.run(run, input, retryCount -> {
            lastRetryCount[0] = retryCount;
            JsonNode parameters = StateIo.template(run, "Parameters", effective, run.context(retryCount));
            events.scheduled(parameters, timeout);
            events.started();
            try {
                JsonNode result = invoke(run.runtime(), resource, parameters, timeout);
                events.succeeded(result);
                return result;
            } catch (StatesError e) {
                if (e.error().equals(StatesError.TIMEOUT)) {
                    events.timedOut(e);
                } else {
                    events.failed(e);
                }
                throw e;
            }
        });
        return switch (outcome) {
            case Recovery.Outcome.Caught caught -> caught.transition();
            case Recovery.Outcome.Done done -> Transition.of(run,
                    StateIo.finish(run, input, done.result(), run.context(lastRetryCount[0])));
        };
    }

    private static JsonNode invoke(ExecutionRuntime runtime, TaskResource resource, JsonNode parameters, Duration timeout) {
        // The execution's own deadline bounds the call as well; whichever comes first decides the outcome.
        Duration untilDeadline = runtime.untilDeadline();
        boolean deadlineFirst = untilDeadline != null && (timeout == null || untilDeadline.compareTo(timeout) < 0);
        Duration limit = deadlineFirst ? untilDeadline : timeout;
        try {
            if (limit == null) {
                return runtime.tasks().invoke(resource, parameters);
            }
            return runtime.clock().callWithin(limit, () -> runtime.tasks().invoke(resource, parameters));
        } catch (TimeoutException e) {
            if (deadlineFirst) {
                throw new ExecutionInterrupted(ExecutionInterrupted.Reason.TIMED_OUT);
            }
            // The optimised integrations report an empty cause; the legacy Lambda form none at all.
            throw StatesError.of(StatesError.TIMEOUT,
                    resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION_ARN ? null : "");
        } catch (StatesError | ExecutionInterrupted e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionInterrupted(ExecutionInterrupted.Reason.ABORTED);
        } catch (Exception e) {
            // A backend that breaks (a client failure, a defect in an integration) fails the task, catchably,
            // whether or not the task has a timeout; it must not end the execution as an engine failure.
            throw StatesError.of(StatesError.TASK_FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** TimeoutSeconds or TimeoutSecondsPath; null when neither is set (AWS's default is 99999999 s). */
    private static Duration timeout(StateRun run, JsonNode effective) {
        if (run.node().has("TimeoutSeconds")) {
            return Duration.ofSeconds(run.node().get("TimeoutSeconds").asLong());
        }
        String path = run.text("TimeoutSecondsPath");
        if (path == null) {
            return null;
        }
        JsonNode value = JsonPaths.readOrNull(path, effective, run.context());
        if (value == null || !value.isIntegralNumber() || value.asLong() <= 0) {
            throw StatesError.runtime("The TimeoutSecondsPath parameter does not reference a positive integer: " + path);
        }
        return Duration.ofSeconds(value.asLong());
    }

    /** Emits the task events in AWS's two vocabularies: LambdaFunction* for function ARNs, Task* otherwise. */
    private record TaskEvents(ExecutionRuntime runtime, TaskResource resource) {

        private boolean legacy() {
            return resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION_ARN;
        }

        void scheduled(JsonNode parameters, Duration timeout) {
            if (legacy()) {
                ObjectNode details = Json.object().put("resource", resource.arn()).put("input", Json.write(parameters));
                details.putObject("inputDetails").put("truncated", false);
                if (timeout != null) {
                    details.put("timeoutInSeconds", timeout.toSeconds());
                }
                runtime.event("LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", details);
                return;
            }
            ObjectNode details = base().put("region", runtime.identity().region()).put("parameters", Json.write(parameters));
            if (timeout != null) {
                details.put("timeoutInSeconds", timeout.toSeconds());
            }
            runtime.event("TaskScheduled", "taskScheduledEventDetails", details);
        }

        void started() {
            if (legacy()) {
                runtime.event("LambdaFunctionStarted", null, null);
            } else {
                runtime.event("TaskStarted", "taskStartedEventDetails", base());
            }
        }

        void succeeded(JsonNode result) {
            ObjectNode details = legacy() ? Json.object() : base();
            details.put("output", Json.write(result));
            details.putObject("outputDetails").put("truncated", false);
            runtime.event(legacy() ? "LambdaFunctionSucceeded" : "TaskSucceeded",
                    legacy() ? "lambdaFunctionSucceededEventDetails" : "taskSucceededEventDetails", details);
        }

        void failed(StatesError error) {
            runtime.event(legacy() ? "LambdaFunctionFailed" : "TaskFailed",
                    legacy() ? "lambdaFunctionFailedEventDetails" : "taskFailedEventDetails", errorDetails(error));
        }

        void timedOut(StatesError error) {
            runtime.event(legacy() ? "LambdaFunctionTimedOut" : "TaskTimedOut",
                    legacy() ? "lambdaFunctionTimedOutEventDetails" : "taskTimedOutEventDetails", errorDetails(error));
        }

        private ObjectNode errorDetails(StatesError error) {
            ObjectNode details = legacy() ? Json.object() : base();
            details.put("error", error.error());
            if (error.causeText() != null) {
                details.put("cause", error.causeText());
            }
            return details;
        }

        private ObjectNode base() {
            return Json.object().put("resourceType", resource.resourceType()).put("resource", resource.resource());
        }
    }
}
