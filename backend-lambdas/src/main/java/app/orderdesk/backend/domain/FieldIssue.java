package app.orderdesk.backend.domain;

/** What is wrong with one input field; {@code field} is a path such as {@code lines[0].quantity}. */
public record FieldIssue(String field, String issue) {}
