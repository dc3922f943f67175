package app.orderdesk.backend.entrypoint.scheduled;

import app.orderdesk.api.ApiJson;
import app.orderdesk.backend.config.Production;
import app.orderdesk.backend.usecase.ReconcileReservations;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The scheduled reconciler (EventBridge schedule in the template; {@code LocalCloud.reconcileReservations()}
 * locally). The event carries nothing it needs; it answers and logs the report of what it fixed.
 */
public final class ReconcileReservationsTask implements RequestStreamHandler {

    private static final ObjectMapper JSON = ApiJson.lenient();

    private final ReconcileReservations useCase;

    public ReconcileReservationsTask() {
        this(Production.reconcileReservations());
    }

    public ReconcileReservationsTask(ReconcileReservations useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes(); // the schedule's event: nothing in it changes what a run does
        ReconcileReservations.Report report = useCase.execute();
        byte[] json = JSON.writeValueAsBytes(report);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log("reconcile-reservations " + new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
        output.write(json);
    }
}
