package app.orderdesk.backend.usecase;

import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.errors.TransientFailureException;

/** Turns a workflow error into the plain-words reason support reads on the order. */
public final class FailureReasons {

    public static final String RECEIPT_FOLLOW_UP = "Receipt could not be delivered; resend it";
    public static final String PAYMENT_REFUNDED = "Payment was taken but a later step failed; the payment was refunded";

    private FailureReasons() {}

    public static String describe(WorkflowError error) {
        if (error == null || error.name() == null) {
            return "The order could not be completed";
        }
        // Only our own business exceptions carry messages written for people; everything else gets a fixed text.
        if (error.is(OrderRejectedException.class)) {
            return orDefault(error.message(), "The order was rejected");
        }
        if (error.is(PaymentDeclinedException.class)) {
            return orDefault(error.message(), "Payment declined by the card issuer");
        }
        if (error.is(PaymentProcessingException.class)) {
            return "The payment service kept failing; no payment was recorded";
        }
        if (error.is(TransientFailureException.class) || error.name().startsWith("Lambda.")) {
            return "A service the order depends on was unavailable; the order was stopped";
        }
        if (error.name().equals("States.Timeout")) {
            return "A workflow step took too long; the order was stopped";
        }
        return "The order could not be completed because of an internal error";
    }

    /** The reason a held order shows (ADR 0013): what failed, and that its stock is kept for a retry. */
    public static String heldForRetry(String words, String failedStep) {
        return words + " at " + failedStep + "; the order is held with its stock kept: retry it from that step or cancel it";
    }

    /** True for the reason {@link #heldForRetry} writes. */
    public static boolean isHeldForRetry(String reason) {
        return reason != null && reason.endsWith("; the order is held with its stock kept: retry it from that step or cancel it");
    }

    private static String orDefault(String message, String fallback) {
        return message == null || message.isBlank() ? fallback : message;
    }
}
