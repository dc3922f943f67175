package app.orderdesk.api;

import java.time.Instant;

/** A repeat caller from the customer directory; {@code phone} is E.164 (or null when never given). */
public record CustomerView(
        String customerId,
        String email,
        String name,
        String phone,
        Instant firstOrderAt,
        Instant lastOrderAt) {}
