package app.orderdesk.localcloud.apigateway;

/** API Gateway's throttle: a steady rate with a burst allowance, refilled continuously. */
final class TokenBucket {

    private final double ratePerSecond;
    private final double capacity;
    private double tokens;
    private long lastRefillNanos;

    TokenBucket(double ratePerSecond, int burst) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = burst;
        this.tokens = burst;
        this.lastRefillNanos = System.nanoTime();
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - lastRefillNanos) / 1e9 * ratePerSecond);
        lastRefillNanos = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
