package app.orderdesk.localcloud.metering;

import app.orderdesk.localcloud.metering.interceptor.MeteringInterceptor;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.ObjDoubleConsumer;

/**
 * What the benchmark counts inside a running local cloud: the functions' SDK calls and DynamoDB
 * capacity (through the {@link MeteringInterceptor} in each function) and every Lambda invocation
 * with its duration. Off unless a local cloud is started with the system property
 * {@code orderdesk.local.metering=true}; {@link #reset()} and {@link #snapshot()} bracket a measurement.
 */
public final class Meter implements ObjDoubleConsumer<String> {

    public static final String ENABLED_PROPERTY = "orderdesk.local.metering";

    private final Map<String, DoubleAdder> counts = new ConcurrentHashMap<>();

    public static boolean enabled() {
        return Boolean.getBoolean(ENABLED_PROPERTY);
    }

    /** Installs this meter as the sink the functions' interceptors report to. */
    public Meter install() {
        System.getProperties().put(MeteringInterceptor.SINK, this);
        return this;
    }

    @Override
    public void accept(String name, double amount) {
        counts.computeIfAbsent(name, n -> new DoubleAdder()).add(amount);
    }

    /** One invocation of {@code function} that ran {@code nanos} (init excluded, as Lambda bills it). */
    public void invocation(String function, long nanos) {
        accept("lambda.invocations." + function, 1);
        accept("lambda.ms." + function, nanos / 1e6);
    }

    public void reset() {
        counts.clear();
    }

    /** Every count so far, by name. */
    public Map<String, Double> snapshot() {
        Map<String, Double> copy = new TreeMap<>();
        counts.forEach((name, adder) -> copy.put(name, adder.sum()));
        return copy;
    }
}
