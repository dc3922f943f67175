package app.orderdesk.backend.usecase;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.backend.domain.ContactRules;
import app.orderdesk.backend.domain.Customer;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.errors.ValidationFailedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a place-order request field by field and reports every problem at once, each with its
 * JSON path. Duplicate product lines are rejected (not merged) so each order holds at most one
 * reservation per product.
 */
final class PlaceOrderValidator {

    static final int MAX_LINES = 50;
    static final int MAX_PRODUCT_ID = 64;
    static final int MAX_TOKEN = 64;
    static final int MAX_KEY = 128;

    private PlaceOrderValidator() {}

    static ValidPlaceOrder validate(String idempotencyKey, PlaceOrderRequest request) {
        List<FieldIssue> issues = new ArrayList<>();
        checkKey(idempotencyKey, issues);
        if (request == null) {
            issues.add(new FieldIssue("body", "is required"));
            throw new ValidationFailedException(issues);
        }
        List<ValidPlaceOrder.RequestedLine> lines = checkLines(request.lines(), issues);
        Customer customer = checkCustomer(request.customer(), issues);
        String token = request.paymentToken() == null ? null : request.paymentToken().trim();
        if (token == null || token.isEmpty()) {
            issues.add(new FieldIssue("paymentToken", "is required"));
        } else if (token.length() > MAX_TOKEN) {
            issues.add(new FieldIssue("paymentToken", "must be at most " + MAX_TOKEN + " characters"));
        }
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        return new ValidPlaceOrder(idempotencyKey, lines, customer, token);
    }

    static final String CONTROL_CHARACTERS = "must not contain control characters";

    private static boolean hasControlCharacters(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }

    /** Explicit direction overrides and isolates (U+202A..U+202E, U+2066..U+2069); plain RTL text is fine. */
    private static boolean hasBidiControls(String value) {
        return value.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    private static void checkKey(String key, List<FieldIssue> issues) {
        if (key == null || key.isEmpty()) {
            issues.add(new FieldIssue("Idempotency-Key", "header is required"));
        } else if (key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            issues.add(new FieldIssue("Idempotency-Key", "must be 1 to " + MAX_KEY + " printable ASCII characters"));
        }
    }

    private static List<ValidPlaceOrder.RequestedLine> checkLines(List<OrderLineRequest> lines, List<FieldIssue> issues) {
        if (lines == null || lines.isEmpty()) {
            issues.add(new FieldIssue("lines", "must contain at least one line"));
            return List.of();
        }
        if (lines.size() > MAX_LINES) {
            issues.add(new FieldIssue("lines", "must contain at most " + MAX_LINES + " lines"));
            return List.of();
        }
        List<ValidPlaceOrder.RequestedLine> valid = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLineRequest line = lines.get(i);
            String path = "lines[" + i + "]";
            if (line == null) {
                issues.add(new FieldIssue(path, "must not be null"));
                continue;
            }
            String productId = line.productId() == null ? null : line.productId().trim();
            if (productId == null || productId.isEmpty()) {
                issues.add(new FieldIssue(path + ".productId", "is required"));
            } else if (hasControlCharacters(line.productId())) {
                issues.add(new FieldIssue(path + ".productId", CONTROL_CHARACTERS));
            } else if (productId.length() > MAX_PRODUCT_ID) {
                issues.add(new FieldIssue(path + ".productId", "must be at most " + MAX_PRODUCT_ID + " characters"));
            } else if (firstIndex.putIfAbsent(productId, i) != null) {
                issues.add(new FieldIssue(path + ".productId",
                        "duplicates lines[" + firstIndex.get(productId) + "]; put the whole quantity on one line"));
            }
            Integer quantity = line.quantity();
            if (quantity == null) {
                issues.add(new FieldIssue(path + ".quantity", "is required"));
            } else if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
                issues.add(new FieldIssue(path + ".quantity", "must be between 1 and " + OrderLine.MAX_QUANTITY));
            }
            if (productId != null && !productId.isEmpty() && quantity != null) {
                valid.add(new ValidPlaceOrder.RequestedLine(productId, quantity));
            }
        }
        return valid;
    }

    private static Customer checkCustomer(CustomerDetails customer, List<FieldIssue> issues) {
        if (customer == null) {
            issues.add(new FieldIssue("customer", "is required"));
            return null;
        }
        String email = customer.email() == null ? null : customer.email().trim();
        if (email == null || email.isEmpty()) {
            issues.add(new FieldIssue("customer.email", "is required"));
        } else if (hasControlCharacters(customer.email()) || !ContactRules.isValidEmail(email)) {
            issues.add(new FieldIssue("customer.email", "not a valid email address"));
        }
        String name = customer.name() == null ? null : customer.name().trim();
        if (name == null || name.isEmpty()) {
            issues.add(new FieldIssue("customer.name", "is required"));
        } else if (name.length() > ContactRules.MAX_NAME_LENGTH) {
            issues.add(new FieldIssue("customer.name", "must be at most " + ContactRules.MAX_NAME_LENGTH + " characters"));
        } else if (hasControlCharacters(customer.name()) || hasBidiControls(name)) {
            // They would reach the PDF, the email and support's screens (line breaks, escapes, reversed text).
            issues.add(new FieldIssue("customer.name", CONTROL_CHARACTERS));
        }
        String phone = customer.phone();
        if (phone != null && !phone.isBlank() && !ContactRules.isValidPhone(phone.trim())) {
            issues.add(new FieldIssue("customer.phone", "must be 6 to 20 digits or spaces, optionally starting with +"));
        }
        if (email == null || name == null) {
            return null;
        }
        return new Customer(ContactRules.normaliseEmail(email), name, ContactRules.normalisePhone(phone).orElse(null));
    }
}
