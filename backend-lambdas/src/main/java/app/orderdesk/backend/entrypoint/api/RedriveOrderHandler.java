package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.Roles;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.errors.OutcomeUnknownException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.usecase.RedriveOrder;
import app.orderdesk.backend.usecase.ResumeInFlightOrders;
import java.util.List;
import java.util.Set;

/**
 * POST /orders/{id}/redrive (support, managers), no body: retries an order held after a failed step from that
 * step (a new execution); 202 {orderId, status, redriveCount: the retry's number}, 409 NOT_REDRIVABLE when the
 * order ended, is not held, or another request already retried it; 503 RETRY_OUTCOME_UNKNOWN when the start went
 * out unanswered (ADR 0086).
 */
public final class RedriveOrderHandler extends ApiHandler {

    private final RedriveOrder redriveOrder;

    public RedriveOrderHandler() {
        this(Production.redriveOrder());
    }

    public RedriveOrderHandler(RedriveOrder redriveOrder) {
        super(Set.of(Roles.SUPPORT, Roles.MANAGERS));
        this.redriveOrder = redriveOrder;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        if (request.hasBody()) {
            throw new ValidationFailedException(List.of(new FieldIssue("body", "must be empty: the route takes no body")));
        }
        try {
            return ok(202, redriveOrder.execute(request.pathParameter("id"), Actors.of(request.caller())));
        } catch (OutcomeUnknownException mayBeRunning) {
            throw ApiProblem.of(503, "RETRY_OUTCOME_UNKNOWN", "The retry was sent to the workflow but no answer came back, so it may"
                    + " be running: do not retry it again now. The order shows its progress within a minute; if it does not move,"
                    + " it is retried automatically within " + ResumeInFlightOrders.LEFT_AFTER.toMinutes() + " minutes.");
        }
    }
}
