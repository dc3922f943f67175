package app.orderdesk.localcloud.stepfunctions.service;

/** A Step Functions API error; {@code code} is the AWS error code the SDK maps to its exception class. */
public final class StepFunctionsException extends RuntimeException {

    private final String code;

    public StepFunctionsException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
