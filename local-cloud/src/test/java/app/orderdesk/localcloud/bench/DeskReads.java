package app.orderdesk.localcloud.bench;

import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.metering.Meter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a desk costs by being open rather than by an order (ADR 0076), metered apart from the orders: one read of a
 * manager's shown Dashboard ({@code GET /dashboard?days=30}, as the app asks for it when shown and by its timer), one
 * read of its recent week ({@code days=7}, as the app asks after a burst of pushes) and one keep-alive ping on a
 * desk's live-updates socket (the app sends one every 5 min; API Gateway bills it as a message and runs the
 * {@code $default} function for it), and one read of the store's day as the Orders tab asks for it after a burst of
 * another desk's pushes ({@code GET /orders?limit=25}, ADR 0089). Each is done {@code count} times after one unmetered warm-up, and the meter's
 * counts divided by {@code count}; the report prices them per read, per ping and per 8-hour day.
 */
final class DeskReads {

    private static final String DASHBOARD = "/dashboard?days=30";
    private static final String DASHBOARD_RECENT = "/dashboard?days=7";
    /** OrderSearchViewModel's first page of a search naming nothing: the store's day, 25 rows. */
    private static final String TODAYS_ORDERS = "/orders?limit=25";
    private static final String PING = "{\"action\":\"ping\"}";
    private static final String PING_FUNCTION = "lambda.invocations.PushDefaultFunction";

    private DeskReads() {}

    static void measure(ObjectNode into, LocalCloud cloud, Meter meter, AtomicLong loggedBytes, int count) throws Exception {
        DeskClient manager = new DeskClient(cloud.apiUrl(), cloud.pushUrl(), BenchMain.signIn(cloud, cloud.demoUser("managers")),
                new DeskClient.Counters());
        read(manager, DASHBOARD, 1); // warm, not metered
        restartCounting(meter, loggedBytes);
        read(manager, DASHBOARD, count);
        perCall(into.putObject("dashboardRead"), meter.snapshot(), loggedBytes.get(), count);
        restartCounting(meter, loggedBytes);
        read(manager, DASHBOARD_RECENT, count);
        perCall(into.putObject("dashboardRecentRead"), meter.snapshot(), loggedBytes.get(), count);
        read(manager, TODAYS_ORDERS, 1); // another function: warm, not metered
        restartCounting(meter, loggedBytes);
        read(manager, TODAYS_ORDERS, count);
        perCall(into.putObject("todaysOrdersRead"), meter.snapshot(), loggedBytes.get(), count);

        WebSocket socket = manager.openPush(new WebSocket.Listener() { });
        try {
            socket.sendText(PING, true).get();
            awaitCount(meter, PING_FUNCTION, 1); // the warm-up ping's function call, not metered below
            restartCounting(meter, loggedBytes);
            for (int i = 0; i < count; i++) {
                socket.sendText(PING, true).get();
            }
            awaitCount(meter, PING_FUNCTION, count);
            perCall(into.putObject("keepAlivePing"), meter.snapshot(), loggedBytes.get(), count);
        } finally {
            socket.abort();
        }
    }

    /** {@code GET path} as the desk asks for it, {@code times} times; a refusal ends the measurement. */
    private static void read(DeskClient desk, String path, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            if (desk.follow(path) == null) {
                throw new IllegalStateException("GET " + path + " answered 429 or 404 to a manager");
            }
        }
    }

    private static void restartCounting(Meter meter, AtomicLong loggedBytes) {
        meter.reset();
        loggedBytes.set(0);
    }

    private static void perCall(ObjectNode node, Map<String, Double> counted, long loggedBytes, int count) {
        node.put("calls", count).put("logBytes", (double) loggedBytes / count);
        ObjectNode each = node.putObject("counted");
        counted.forEach((name, value) -> each.put(name, value / count));
    }

    /** The socket's messages reach the function asynchronously: waits until the meter has counted {@code count} calls. */
    private static void awaitCount(Meter meter, String name, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (meter.snapshot().getOrDefault(name, 0.0) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + meter.snapshot().getOrDefault(name, 0.0) + " of " + count + " " + name);
            }
            Thread.sleep(20);
        }
    }
}
