package app.orderdesk.localcloud.stepfunctions.integration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The optimised service integrations other than Lambda ({@code arn:aws:states:::sns:publish},
 * {@code arn:aws:states:::dynamodb:putItem}, ...). The local cloud implements them with real SDK
 * calls to the emulators; the conformance harness with the corpus's stubs.
 */
public interface ServiceIntegrations {

    /**
     * @param service    the service part of the resource, e.g. {@code sns} or {@code dynamodb}
     * @param action     the action part, e.g. {@code publish} or {@code putItem}
     * @param parameters the task's effective parameters
     * @return the task result
     * @throws ServiceIntegrationException with AWS's error name ({@code SNS.NotFoundException}) and cause
     */
    JsonNode call(String service, String action, JsonNode parameters) throws ServiceIntegrationException;

    /** A failed service call as Step Functions reports it. */
    final class ServiceIntegrationException extends Exception {
        private final String error;
        private final String causeText;

        public ServiceIntegrationException(String error, String causeText) {
            super(error + ": " + causeText);
            this.error = error;
            this.causeText = causeText;
        }

        public String error() { return error; }

        public String causeText() { return causeText; }
    }
}
