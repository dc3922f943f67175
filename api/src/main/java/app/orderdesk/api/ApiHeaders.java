package app.orderdesk.api;

/** Header names of the HTTP contract. */
public final class ApiHeaders {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String AUTHORIZATION = "Authorization";

    private ApiHeaders() {}
}
