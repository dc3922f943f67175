package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code clients} desks place {@code total} orders between them, each desk one order at a time:
 * POST /place-order, then follow it the desk's way until it is final.
 */
final class LoadLevel {

    /**
     * What one level measured. End to end = POST sent → the order's COMPLETED write (its updatedAt); seen by
     * the desk = POST sent → the desk could show COMPLETED; shown after write = the COMPLETED write (updatedAt)
     * → the desk could show it (the push's arrival, or the poll that read it); shownByPush = how many of the
     * completed orders the desk learned of by push (the rest by a poll).
     */
    record Result(int clients, int orders, int completed, List<Double> endToEndMs, List<Double> seenByDeskMs,
                  List<Double> shownAfterWriteMs, int shownByPush,
                  double seconds, long requests, long followRequests, long throttled, List<String> failures) {
        double ordersPerSecond() { return completed / seconds; }
    }

    private LoadLevel() {}

    static Result run(List<DeskClient> desks, DeskClient.Counters counters, OrderFollower follower, int total,
                      List<String> products) throws Exception {
        int clients = desks.size();
        long requestsBefore = counters.requests.get();
        long followBefore = counters.followRequests.get();
        long throttledBefore = counters.throttled.get();
        List<Double> endToEnd = Collections.synchronizedList(new ArrayList<>());
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        List<Double> shown = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger byPush = new AtomicInteger();
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger completed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            DeskClient desk = desks.get(c);
            String product = products.get(c % products.size());
            running.add(pool.submit(() -> {
                follower.connect(desk);
                while (remaining.getAndDecrement() > 0) {
                    long sentAt = System.currentTimeMillis();
                    OrderFollower.Followed followed;
                    try {
                        String orderId = desk.placeOrder(product, 1);
                        followed = follower.follow(desk, orderId, System.nanoTime() + TimeUnit.SECONDS.toNanos(120));
                    } catch (java.io.IOException failed) {
                        failures.add(failed.toString());
                        continue; // counted as not completed; the report shows completed/orders
                    }
                    JsonNode order = followed == null ? null : followed.order();
                    if (order != null && order.path("status").asText().equals("COMPLETED")) {
                        completed.incrementAndGet();
                        long written = Instant.parse(order.path("updatedAt").asText()).toEpochMilli();
                        seen.add((double) (followed.shownAtMillis() - sentAt));
                        endToEnd.add((double) (written - sentAt));
                        shown.add((double) (followed.shownAtMillis() - written));
                        if (followed.shownByPush()) {
                            byPush.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(clients, total, completed.get(), List.copyOf(endToEnd), List.copyOf(seen), List.copyOf(shown), byPush.get(), seconds,
                counters.requests.get() - requestsBefore, counters.followRequests.get() - followBefore,
                counters.throttled.get() - throttledBefore, List.copyOf(failures));
    }
}
