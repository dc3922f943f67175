package app.orderdesk.backend.usecase;

import app.orderdesk.backend.domain.Customer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A place-order request that passed validation, in normalised form (trimmed, lower-cased email, phone digits). */
record ValidPlaceOrder(String idempotencyKey, List<RequestedLine> lines, Customer customer, String paymentToken) {

    record RequestedLine(String productId, int quantity) {}

    /** SHA-256 of the canonical form: two requests that mean the same order hash the same. */
    String requestHash() {
        StringBuilder canonical = new StringBuilder("v1\n");
        for (RequestedLine line : lines) {
            canonical.append("line\t").append(line.productId()).append('\t').append(line.quantity()).append('\n');
        }
        canonical.append("email\t").append(customer.email()).append('\n')
                .append("name\t").append(customer.name()).append('\n')
                .append("phone\t").append(customer.phone() == null ? "" : customer.phone()).append('\n')
                .append("token\t").append(paymentToken).append('\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required on every JVM", impossible);
        }
    }
}
