package app.orderdesk.api;

/** Who ordered: the receipt goes to {@code email}. */
public record CustomerDetails(String email, String name, String phone) {}
