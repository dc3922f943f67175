package app.orderdesk.backend.errors;

import app.orderdesk.backend.domain.FieldIssue;
import java.util.List;

/** A request broke one or more input rules; each issue names the field (API: 400 VALIDATION_FAILED). */
public class ValidationFailedException extends RuntimeException {
    private final transient List<FieldIssue> issues;

    public ValidationFailedException(List<FieldIssue> issues) {
        super("Validation failed: " + issues.size() + " issue(s)");
        this.issues = List.copyOf(issues);
    }

    public ValidationFailedException(String field, String issue) {
        this(List.of(new FieldIssue(field, issue)));
    }

    public List<FieldIssue> issues() {
        return issues;
    }
}
