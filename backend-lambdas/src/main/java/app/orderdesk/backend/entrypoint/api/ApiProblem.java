package app.orderdesk.backend.entrypoint.api;

import app.orderdesk.api.ApiError;
import java.util.List;

/** An HTTP-level problem found while reading a request (malformed JSON, too large, missing claims). */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    ApiProblem(int status, ApiError error) {
        super(error.code());
        this.status = status;
        this.error = error;
    }

    static ApiProblem of(int status, String code, String message) {
        return new ApiProblem(status, ApiError.of(code, message));
    }

    static ApiProblem field(String code, String message, String field, String issue) {
        return new ApiProblem(400, new ApiError(code, message, List.of(new ApiError.Detail(field, issue))));
    }

    int status() {
        return status;
    }

    ApiError error() {
        return error;
    }
}
