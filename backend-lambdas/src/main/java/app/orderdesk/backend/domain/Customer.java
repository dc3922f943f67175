package app.orderdesk.backend.domain;

/** Who ordered; {@code email} is stored lower-cased and {@code phone} as normalised digits (or null). */
public record Customer(String email, String name, String phone) {}
