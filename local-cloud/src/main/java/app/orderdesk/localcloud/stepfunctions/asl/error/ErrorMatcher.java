package app.orderdesk.localcloud.stepfunctions.asl.error;

import com.fasterxml.jackson.databind.JsonNode;

/** Decides whether an ErrorEquals list covers an error name, including the States.* wildcards. */
public final class ErrorMatcher {

    private ErrorMatcher() {}

    public static boolean matches(JsonNode errorEquals, String error) {
        if (errorEquals == null) {
            return false;
        }
        for (JsonNode candidate : errorEquals) {
            String name = candidate.asText();
            if (name.equals(error) || name.equals(StatesError.ALL)) {
                return true;
            }
            // States.TaskFailed is a wildcard for every task error except a timeout.
            if (name.equals(StatesError.TASK_FAILED) && !StatesError.TIMEOUT.equals(error)
                    && !StatesError.RUNTIME.equals(error)) {
                return true;
            }
        }
        return false;
    }
}
