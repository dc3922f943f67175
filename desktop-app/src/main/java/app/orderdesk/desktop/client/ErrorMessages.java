package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.auth.AuthException;
import app.orderdesk.desktop.ui.Messages;
import java.util.stream.Collectors;

/** The words people see for a failure: never a stack trace, never an internal exception message. */
public final class ErrorMessages {

    public static String apiUnreachable() {
        return Messages.text("error.api.unreachable");
    }

    /**
     * What a request that got no HTTP answer throws. Sent, and unanswered in time, the change may have been made — unlike
     * a refused connection (walked, session 34: a payment the desk said "cannot reach the API" for had been recorded) —
     * so its words say to look before sending it again.
     */
    public static ConnectionUnavailableException connectionFailure(java.io.IOException e) {
        return new ConnectionUnavailableException(sentButUnanswered(e) ? apiNoAnswer() : apiUnreachable(), e);
    }

    /** A request timed out after it was sent (not while connecting, when nothing was sent). */
    static boolean sentButUnanswered(Throwable cause) {
        return cause instanceof java.net.http.HttpTimeoutException && !(cause instanceof java.net.http.HttpConnectTimeoutException);
    }

    /** A request sent and not answered in time: it may have been carried out. */
    public static String apiNoAnswer() {
        return Messages.text("error.api.noAnswer");
    }

    private static final System.Logger LOG = System.getLogger(ErrorMessages.class.getName());

    private ErrorMessages() {}

    /** A one-line message for any failure of background work. */
    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            String message = api.error().message();
            String words = ApiErrorWords.forCode(api.error());
            String base = words != null ? words : message == null || message.isBlank() ? forStatus(api.status()) : message;
            return base + fieldIssues(api.error());
        }
        if (failure instanceof ConnectionUnavailableException) {
            // Looked up now: the words follow the desk's language as it is when shown.
            return Messages.text(sentButUnanswered(failure.getCause()) ? "error.api.noAnswer" : "error.api.unreachable");
        }
        if (failure instanceof AuthException auth) {
            return auth.getMessage();
        }
        // Unexpected: keep the details for the log, show people something they can act on.
        LOG.log(System.Logger.Level.WARNING, "Unexpected failure", failure);
        return Messages.text("error.api.unexpected");
    }

    /**
     * h-e (issue 13): a stock-count import row's message ("unknown SKU", "already listed on row 3; …") in the desk's
     * language, the server's sentence where the desk has no words for it (ADR 0032-api-error-words).
     */
    public static String importRow(String message) {
        return ApiErrorWords.forImportRow(message);
    }

    /**
     * True when the failure means "no usable answer" (no connection, a gateway or the service down,
     * a timeout, throttling): the same request may be sent again later.
     */
    public static boolean isRetryable(Throwable failure) {
        if (failure instanceof ConnectionUnavailableException) {
            return true;
        }
        if (failure instanceof ApiException api) {
            int status = api.status();
            return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
        }
        return false;
    }

    /** True when the API could not be reached or said it is unavailable (the outbox case). */
    public static boolean isConnectionProblem(Throwable failure) {
        if (failure instanceof ConnectionUnavailableException || failure instanceof AuthException auth && auth.isUnreachable()) {
            return true;
        }
        return failure instanceof ApiException api && (api.status() == 502 || api.status() == 503 || api.status() == 504)
                && !answeredWithAnOutcome(api);
    }

    /**
     * A 503 that says what happened rather than "unavailable" (ADR 0086: a retry's start went unanswered, it may be
     * running): the API answered, so the desk is not offline.
     */
    private static boolean answeredWithAnOutcome(ApiException api) {
        return api.error() != null && "RETRY_OUTCOME_UNKNOWN".equals(api.error().code());
    }

    private static String fieldIssues(ApiError error) {
        if (error.details() == null || error.details().isEmpty()) {
            return "";
        }
        // Field-level issues tell staff exactly what to correct, e.g. "customer email: is not a valid email address".
        return error.details().stream()
                .map(ApiErrorWords::forDetail)
                .collect(Collectors.joining("; ", " (", ")"));
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> Messages.text("error.http.400");
            case 401 -> Messages.text("error.sessionExpired");
            case 403 -> Messages.text("error.http.403");
            case 404 -> Messages.text("error.http.404");
            case 409 -> Messages.text("error.http.409");
            case 413 -> Messages.text("error.http.413");
            case 429 -> Messages.text("error.http.429");
            case 502, 503, 504 -> Messages.text("error.http.unavailable");
            default -> Messages.text("error.http.other", String.valueOf(status));
        };
    }
}
