package app.orderdesk.api;

/**
 * How the money of an order paid on invoice / on delivery reached the store (ADR 0071): cash to the driver or at the
 * counter, a bank transfer against the invoice, a card on the driver's terminal, or another way the note explains.
 */
public enum CollectionMethod {
    CASH,
    BANK_TRANSFER,
    CARD_ON_DELIVERY,
    OTHER
}
