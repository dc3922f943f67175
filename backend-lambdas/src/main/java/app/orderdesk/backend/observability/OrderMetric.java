package app.orderdesk.backend.observability;

/**
 * The business metrics, in CloudWatch namespace {@value Metrics#NAMESPACE} with no dimensions (the
 * alarms and the dashboard name them exactly so). Each is a count of 1 per event, except
 * {@link #ORDER_LATENCY}.
 */
public enum OrderMetric {
    /** An Idempotency-Key claimed for the first time: a new order accepted by POST /place-order. */
    ORDERS_PLACED("OrdersPlaced"),
    /** The receipt was emailed and the order is COMPLETED. */
    ORDERS_COMPLETED("OrdersCompleted"),
    /** Payment declined: the reservation was released and the order ended PAYMENT_DECLINED. */
    ORDERS_DECLINED("OrdersDeclined"),
    /** Validation or stock said no: the order ended REJECTED. */
    ORDERS_REJECTED("OrdersRejected"),
    /** The order ended FAILED (its record says why). */
    ORDERS_FAILED("OrdersFailed"),
    /** A compensation step ran to its end (RejectOrder, DeclinePayment, ReleaseStock, FailOrder). */
    COMPENSATIONS("Compensations"),
    /** A compensation step failed after its retries: support was alerted and the order needs a human. */
    COMPENSATION_FAILURES("CompensationFailures"),
    /** Milliseconds from the order's workflow start (right after it was stored) to COMPLETED. */
    ORDER_LATENCY("OrderLatency");

    private final String metricName;

    OrderMetric(String metricName) {
        this.metricName = metricName;
    }

    public String metricName() {
        return metricName;
    }
}
