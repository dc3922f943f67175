package app.orderdesk.api;

/**
 * How the customer pays for an order: a card charged in the workflow, or on invoice / on delivery, where the
 * workflow records the order as payable and nothing is charged (ADR 0025). Only the kind travels, never the token.
 */
public enum PaymentMethod {
    CARD,
    ON_DELIVERY
}
