package app.orderdesk.backend.usecase;

import app.orderdesk.api.RefundLineRequest;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.errors.ValidationFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks a refund request must pass before anything is read or written: every field named in
 * the 400 it gets otherwise. Also the request's canonical hash, which ties an Idempotency-Key to it.
 */
final class RefundRequestCheck {

    static final int MAX_LINES = 100;
    static final int MAX_NOTE = 500;
    static final int MAX_QUANTITY = 999;
    private static final Pattern SKU = Pattern.compile("^[\\x21-\\x7E]{1,64}$");

    private RefundRequestCheck() {}

    static void validate(RefundRequest request, String idempotencyKey) {
        List<FieldIssue> issues = new ArrayList<>();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            issues.add(new FieldIssue("Idempotency-Key", "is required"));
        } else if (!IdempotencyKeys.wellFormed(idempotencyKey)) {
            issues.add(new FieldIssue("Idempotency-Key", IdempotencyKeys.KEY_RULE));
        }
        if (request == null) {
            issues.add(new FieldIssue("body", "is required"));
            throw new ValidationFailedException(issues);
        }
        if (request.reason() == null) {
            issues.add(new FieldIssue("reason", "is required"));
        } else if (Arrays.stream(RefundReason.values()).noneMatch(r -> r.name().equals(request.reason()))) {
            issues.add(new FieldIssue("reason", "must be one of " + Arrays.toString(RefundReason.values()).replaceAll("[\\[\\]]", "")));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            issues.add(new FieldIssue("note", "must be at most " + MAX_NOTE + " characters"));
        } else if (request.note() != null && request.note().codePoints().anyMatch(RefundRequestCheck::isControl)) {
            issues.add(new FieldIssue("note", "must not contain control characters"));
        }
        boolean full = Boolean.TRUE.equals(request.full());
        List<RefundLineRequest> lines = request.lines() == null ? List.of() : request.lines();
        if (full) {
            if (!lines.isEmpty()) {
                issues.add(new FieldIssue("lines", "must be absent when full is true"));
            }
            if (request.restock() == null) {
                issues.add(new FieldIssue("restock", "is required with full: true (true returns the goods to stock)"));
            }
        } else {
            if (request.restock() != null) {
                issues.add(new FieldIssue("restock", "is given per line unless full is true"));
            }
            if (lines.isEmpty()) {
                issues.add(new FieldIssue("lines", "are required (or full: true)"));
            } else if (lines.size() > MAX_LINES) {
                issues.add(new FieldIssue("lines", "must be at most " + MAX_LINES));
            } else {
                checkLines(lines, issues);
            }
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
    }

    private static void checkLines(List<RefundLineRequest> lines, List<FieldIssue> issues) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            RefundLineRequest line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                issues.add(new FieldIssue(at, "is required"));
                continue;
            }
            if (line.sku() == null || line.sku().isBlank()) {
                issues.add(new FieldIssue(at + ".sku", "is required"));
            } else if (!SKU.matcher(line.sku()).matches()) {
                issues.add(new FieldIssue(at + ".sku", "must be 1 to 64 visible ASCII characters"));
            } else if (firstIndex.putIfAbsent(line.sku(), i) != null) {
                issues.add(new FieldIssue(at + ".sku", "duplicates lines[" + firstIndex.get(line.sku()) + "]; put the whole quantity on one line"));
            }
            if (line.quantity() == null) {
                issues.add(new FieldIssue(at + ".quantity", "is required"));
            } else if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                issues.add(new FieldIssue(at + ".quantity", "must be between 1 and " + MAX_QUANTITY));
            }
            if (line.restock() == null) {
                issues.add(new FieldIssue(at + ".restock", "is required (true returns the units to stock, false: damaged)"));
            }
        }
    }

    private static boolean isControl(int cp) {
        return cp != '\n' && cp != '\t' && (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029);
    }

    /** The request as the key is bound to it: same order and same content, same hash. */
    static String hash(String orderId, RefundRequest request) {
        StringBuilder canonical = new StringBuilder(orderId).append('\n')
                .append(Boolean.TRUE.equals(request.full())).append('\n')
                .append(request.restock()).append('\n')
                .append(request.reason()).append('\n')
                .append(request.note() == null ? "" : request.note().trim()).append('\n');
        if (request.lines() != null) {
            request.lines().forEach(l -> canonical.append(l.sku()).append(':').append(l.quantity()).append(':').append(l.restock()).append(';'));
        }
        return IdempotencyKeys.hash(canonical.toString());
    }
}
