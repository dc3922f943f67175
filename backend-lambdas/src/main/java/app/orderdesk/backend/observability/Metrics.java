package app.orderdesk.backend.observability;

import app.orderdesk.backend.env.Env;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.cloudwatchlogs.emf.config.Configuration;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Collects one invocation's metrics and writes them as ONE embedded-metric-format line to stdout,
 * where CloudWatch Logs turns them into metrics (Lambda) and the local cloud prints them as they are.
 */
final class Metrics {

    static final String NAMESPACE = "OrderDesk";

    static {
        // The EMF library reads AWS_EMF_ENVIRONMENT from the process environment only; the local cloud
        // sets it in the function's environment, which the backend reads through Env (the local cloud
        // cannot change its JVM's environment), so pass it on. In Lambda the variable is unset and the
        // library detects Lambda by itself: no code branch either way.
        Configuration config = EnvironmentConfigurationProvider.getConfig();
        Env.optional("AWS_EMF_ENVIRONMENT").map(Environments::valueOf).ifPresent(config::setEnvironmentOverride);
        // Only the default dimensions (off below) would use these; named, the library stops logging
        // "Unknown name"/"Unknown type" at every flush outside Lambda.
        config.setServiceName(NAMESPACE);
        config.setServiceType("AWS::Lambda::Function");
    }

    /** Resolves the EMF environment (and loads the library) without writing anything. */
    static void warmUp() {
        new MetricsLogger();
    }

    private final Map<OrderMetric, Double> values = new EnumMap<>(OrderMetric.class);
    private final Map<String, String> properties = new LinkedHashMap<>();

    void add(OrderMetric metric, double value) {
        values.merge(metric, value, Double::sum);
    }

    void property(String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Writes the line if anything was recorded; a metrics failure never fails the order. */
    void flush() {
        if (values.isEmpty()) {
            return;
        }
        try {
            MetricsLogger logger = new MetricsLogger();
            logger.setNamespace(NAMESPACE);
            // ONE empty dimension set, and not the library's defaults (ServiceName, ServiceType, LogGroup):
            // the alarms and the dashboard address the metrics by name alone. An empty Dimensions
            // array would publish nothing: CloudWatch creates one metric per dimension set.
            logger.setDimensions(false, new DimensionSet());
            values.forEach((metric, value) -> logger.putMetric(metric.metricName(), value,
                    metric == OrderMetric.ORDER_LATENCY ? Unit.MILLISECONDS : Unit.COUNT));
            properties.forEach(logger::putProperty);
            logger.flush();
        } catch (RuntimeException metricsBroken) {
            Telemetry.LOG.warn("Could not write metrics {}", values.keySet(), metricsBroken);
        } finally {
            values.clear();
        }
    }
}
