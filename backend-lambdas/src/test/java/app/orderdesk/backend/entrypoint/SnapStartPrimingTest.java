package app.orderdesk.backend.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.entrypoint.api.ApiHandler;
import app.orderdesk.backend.entrypoint.api.ApiRequest;
import app.orderdesk.backend.entrypoint.api.ApiResponse;
import app.orderdesk.backend.entrypoint.workflow.TaskInput;
import app.orderdesk.backend.entrypoint.workflow.WorkflowTask;
import app.orderdesk.backend.usecase.StepInput;
import app.orderdesk.backend.usecase.TaskResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What SnapStart runs before the snapshot (issue 11: priming hooks for the AWS side): a handler's
 * priming goes through the same parsing and writing as a real request, never reaches the route or
 * the use case (so it calls no AWS service from the snapshot), and prints no log or metric line.
 */
class SnapStartPrimingTest {

    @Test
    void anApiHandlerPrimesThroughParsingAndTheAuthorisationCheckWithoutRunningItsRoute() {
        ApiHandler handler = new ApiHandler(Set.of("staff")) {
            @Override
            protected ApiResponse handle(ApiRequest request) {
                throw new AssertionError("priming must not run the route (it would call AWS from the snapshot)");
            }
        };

        ApiResponse[] primed = new ApiResponse[1];
        List<?> printed = StdoutCapture.jsonLines(() -> primed[0] = handler.prime());

        assertThat(primed[0].statusCode()).isEqualTo(401);
        assertThat(printed).as("no log or metric line for a request nobody sent").isEmpty();
    }

    @Test
    void aWorkflowTaskPrimesByReadingAStateInputWithCarriedFactsWithoutRunningItsUseCase() {
        WorkflowTask task = new WorkflowTask() {
            @Override
            protected TaskResult run(TaskInput input) {
                throw new AssertionError("priming must not run the use case (it would call AWS from the snapshot)");
            }
        };

        StepInput[] primed = new StepInput[1];
        List<?> printed = StdoutCapture.jsonLines(() -> primed[0] = task.prime());

        assertThat(primed[0].orderId()).isEqualTo("snapstart-priming");
        assertThat(primed[0].carried()).as("the carried facts are read, as in a real step").isNotNull();
        assertThat(primed[0].carried().isComplete()).isTrue();
        assertThat(printed).isEmpty();
    }
}
