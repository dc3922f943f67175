package app.orderdesk.api;

import java.util.List;

/**
 * The one error shape every route answers with: a stable {@code code}
 * (e.g. {@code VALIDATION_FAILED}, {@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code NOT_FOUND},
 * {@code IDEMPOTENCY_CONFLICT}), a message for people, and per-field details.
 */
public record ApiError(String code, String message, List<Detail> details) {

    /** What is wrong with one field; {@code field} is a JSON path such as {@code lines[0].productId}. */
    public record Detail(String field, String issue) {}

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
