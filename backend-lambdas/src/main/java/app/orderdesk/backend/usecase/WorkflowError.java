package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.ReasonCode;

/**
 * The error a failed workflow step reported: {@code name} is the error name Step Functions matched
 * (an exception class name, {@code States.Timeout}…), {@code message} the exception's own message
 * when it could be read, {@code code} the reason code the message carried (null when none). Never holds a stack trace.
 */
public record WorkflowError(String name, String message, ReasonCode code) {

    /** The error as Step Functions reports it: a code tagged on the message ({@link ReasonCode#tag}) is split off. */
    public WorkflowError(String name, String taggedMessage) {
        this(name, ReasonCode.untag(taggedMessage).text(), ReasonCode.untag(taggedMessage).code());
    }

    public boolean is(Class<? extends Throwable> type) {
        return type.getName().equals(name);
    }
}
