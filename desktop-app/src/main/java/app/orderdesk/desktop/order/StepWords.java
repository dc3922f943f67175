package app.orderdesk.desktop.order;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.TimelineStep;
import app.orderdesk.desktop.ui.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * Turns the workflow's codes into words: step names, step states, statuses and the error of a failed
 * step (never a Java class name or a JSON blob on screen).
 */
public final class StepWords {

    private static final ObjectMapper JSON = new ObjectMapper();
    // "app.orderdesk.backend.errors.OrderRejectedException: Out of stock" → the part after the class name.
    private static final Pattern CLASS_PREFIX = Pattern.compile("^([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\s*:?\\s*");
    private static final String GENERIC_FAIL_CAUSE = "its record says why";

    private StepWords() {}

    public static String stepName(String code) {
        return Messages.textOr("step." + code, Messages.humanize(code));
    }

    public static String stepStatus(String code) {
        return code == null ? "" : Messages.textOr("step.status." + code, Messages.humanize(code));
    }

    public static String status(OrderStatus status) {
        return status == null ? "" : Messages.textOr("status." + status.name(), Messages.humanize(status.name()));
    }

    /**
     * What went wrong in {@code step}, in words, or empty. {@code orderReason} is the order record's
     * reason: the final "OrderFailed" step only points at it, so it is shown in its place.
     */
    public static String error(TimelineStep step, String orderReason) {
        if (step.error() == null || step.error().isBlank()) {
            return "";
        }
        String what = errorName(step.error());
        String detail = step.causeCode() != null ? cause(step) : causeText(step.cause());
        if (detail.contains(GENERIC_FAIL_CAUSE)) {
            detail = orderReason == null ? "" : orderReason.strip();
        }
        if (!detail.isEmpty() && knownCode(step)) {
            // A coded reason is a whole sentence of its own: "The payment service failed: The payment service kept
            // failing; no payment was recorded" said it twice (walked, session 19).
            return detail;
        }
        return detail.isEmpty() || detail.equalsIgnoreCase(what) ? what : what + ": " + detail;
    }

    /**
     * A step's cause in the desk's words: from its code when it has one the bundle knows, else the server's text
     * made readable ({@link #causeText}).
     */
    public static String cause(TimelineStep step) {
        return ReasonWords.describe(step.causeCode(), step.causeParams(), causeText(step.cause()));
    }

    private static boolean knownCode(TimelineStep step) {
        return step.causeCode() != null && Messages.has(ReasonWords.PREFIX + step.causeCode());
    }

    static String errorName(String error) {
        String simple = error.contains(".") && !error.startsWith("States.") ? error.substring(error.lastIndexOf('.') + 1) : error;
        return Messages.textOr("error." + simple, Messages.textOr("error." + error, Messages.text("error.unknown")));
    }

    /** The readable part of a cause: Lambda's {"errorMessage": …} JSON unwrapped, class-name prefixes dropped. */
    static String causeText(String cause) {
        if (cause == null || cause.isBlank()) {
            return "";
        }
        String text = cause.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(text);
                JsonNode message = node.get("errorMessage");
                text = message == null || message.isNull() ? "" : message.asText("");
            } catch (Exception e) {
                return "";
            }
        }
        text = CLASS_PREFIX.matcher(text).replaceFirst("");
        // A stack trace or several lines never help at the counter: the first line does.
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).strip();
    }
}
