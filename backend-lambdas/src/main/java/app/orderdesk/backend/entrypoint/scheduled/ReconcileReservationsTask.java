package app.orderdesk.backend.entrypoint.scheduled;

import app.orderdesk.api.ApiJson;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ReconcileReservations;
import app.orderdesk.backend.usecase.ResumeInFlightOrders;
import app.orderdesk.backend.usecase.StartStalledOrders;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The scheduled reconciler (EventBridge schedule in the template; {@code LocalCloud.reconcileReservations()}
 * locally). The event carries nothing it needs; it answers and logs the report of what it fixed, with
 * {@code stalledOrders}: the orders stored but never started that it started, and {@code inFlightOrders}: the
 * orders a workflow run left in flight that it resumed (ADR 0035).
 */
public final class ReconcileReservationsTask implements RequestStreamHandler {

    private static final ObjectMapper JSON = ApiJson.lenient();

    private final ReconcileReservations useCase;
    private final StartStalledOrders startStalled;
    private final ResumeInFlightOrders resumeInFlight;

    public ReconcileReservationsTask() {
        this(Production.reconcileReservations(), Production.startStalledOrders(), Production.resumeInFlightOrders());
    }

    public ReconcileReservationsTask(ReconcileReservations useCase, StartStalledOrders startStalled, ResumeInFlightOrders resumeInFlight) {
        this.useCase = useCase;
        this.startStalled = startStalled;
        this.resumeInFlight = resumeInFlight;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes(); // the schedule's event: nothing in it changes what a run does
        ReconcileReservations.Report report = useCase.execute();
        ObjectNode answer = JSON.valueToTree(report);
        // Orders stored but never started (ADR 0018's start lease); a failure here leaves the reservations' report intact.
        answer.set("stalledOrders", JSON.valueToTree(startStalled.execute()));
        // Orders a run left in flight (ADR 0035). After the reservations' report: a resumed order is in flight again.
        answer.set("inFlightOrders", JSON.valueToTree(resumeInFlight.execute()));
        byte[] json = JSON.writeValueAsBytes(answer);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log("reconcile-reservations " + new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
        output.write(json);
    }
}
