package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.errors.OrderRejectedException;
import app.orderdesk.backend.errors.PaymentDeclinedException;
import app.orderdesk.backend.errors.PaymentProcessingException;
import app.orderdesk.backend.errors.TransientFailureException;

/**
 * Turns a workflow error into the plain-words reason support reads on the order, and into its stable
 * {@link ReasonCode} that a desk words in its own language; every reason written has both.
 */
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

    /** The code of {@link #describe}'s reason: the one the business exception carried, else one per kind of failure. */
    public static ReasonCode code(WorkflowError error) {
        if (error == null || error.name() == null) {
            return ReasonCode.of(ReasonCode.ORDER_NOT_COMPLETED);
        }
        if (error.is(OrderRejectedException.class)) {
            return error.code() != null ? error.code() : ReasonCode.of(ReasonCode.ORDER_REJECTED);
        }
        if (error.is(PaymentDeclinedException.class)) {
            return error.code() != null ? error.code() : ReasonCode.of(ReasonCode.PAYMENT_DECLINED);
        }
        if (error.is(PaymentProcessingException.class)) {
            return ReasonCode.of(ReasonCode.PAYMENT_SERVICE_FAILED);
        }
        if (error.is(TransientFailureException.class) || error.name().startsWith("Lambda.")) {
            return ReasonCode.of(ReasonCode.SERVICE_UNAVAILABLE);
        }
        if (error.name().equals("States.Timeout")) {
            return ReasonCode.of(ReasonCode.STEP_TIMED_OUT);
        }
        return ReasonCode.of(ReasonCode.INTERNAL_ERROR);
    }

    public static ReasonCode receiptFollowUpCode() {
        return ReasonCode.of(ReasonCode.RECEIPT_FOLLOW_UP);
    }

    public static ReasonCode paymentRefundedCode() {
        return ReasonCode.of(ReasonCode.PAYMENT_REFUNDED);
    }

    /** The reason a held order shows (ADR 0013): what failed, and that its stock is kept for a retry. */
    public static String heldForRetry(String words, String failedStep) {
        return words + " at " + failedStep + "; the order is held with its stock kept: retry it from that step or cancel it";
    }

    /** The code of {@link #heldForRetry}: the step, and the code of what failed there. */
    public static ReasonCode heldForRetryCode(ReasonCode cause, String failedStep) {
        return ReasonCode.of(ReasonCode.HELD_FOR_RETRY, "step", failedStep, "cause", cause == null ? null : cause.code());
    }

    /** True for the reason {@link #heldForRetry} writes. */
    public static boolean isHeldForRetry(String reason) {
        return reason != null && reason.endsWith("; the order is held with its stock kept: retry it from that step or cancel it");
    }

    private static String orDefault(String message, String fallback) {
        return message == null || message.isBlank() ? fallback : message;
    }
}
