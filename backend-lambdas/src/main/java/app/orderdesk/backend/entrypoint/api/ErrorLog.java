package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.backend.observability.Telemetry;

/**
 * Logs an internal failure as one JSON line (CloudWatch keeps it as one event) in the shape every
 * function logs, with the request id and order id of the invocation; the caller never sees it.
 */
final class ErrorLog {

    private ErrorLog() {}

    static void write(ApiGatewayEvent event, Throwable failure) {
        String route = event == null ? "unknown route" : event.httpMethod() + " " + event.resource();
        Telemetry.error(route + " failed", failure);
    }
}
