package app.orderdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The alarms and the dashboard operations relies on (docs/runbook.md has one entry per alarm), and the
 * contract with the code: the custom metrics are the ones the workflow emits in embedded metric format
 * (namespace OrderDesk, no dimensions).
 */
class OperationsAlarmsTest {

    private final Template template = Template.load();

    @Test
    void theOperationalAlarmsWatchWhatTheRunbookDescribesAndNotifyAlerts() {
        assertAlarm("WorkflowFailedAlarm", "AWS/States", "ExecutionsFailed");
        assertAlarm("Api5xxAlarm", "AWS/ApiGateway", "5XXError");
        assertAlarm("FailedInvocationsAlarm", "AWS/SQS", "ApproximateNumberOfMessagesVisible");

        JsonNode latency = assertAlarm("ApiLatencyAlarm", "AWS/ApiGateway", "Latency");
        assertThat(latency.path("ExtendedStatistic").asText()).isEqualTo("p99");

        JsonNode compensation = assertAlarm("CompensationFailedAlarm", "OrderDesk", "CompensationFailures");
        assertThat(compensation.has("Dimensions")).as("the metric is emitted without dimensions").isFalse();
        assertThat(compensation.path("Statistic").asText()).isEqualTo("Sum");
        assertThat(compensation.path("Threshold").asDouble()).isEqualTo(1.0);
        assertThat(compensation.path("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
    }

    @Test
    void theExpressWorkflowLogsItsErrorsWithoutOrderDataToALogGroupThatExpires() {
        // EXPRESS keeps no execution history (ADR 0030): without these logs a failed execution leaves no trace.
        JsonNode logging = template.resource("OrderWorkflow").path("Properties").path("Logging");
        assertThat(logging.path("Level").asText()).isEqualTo("ERROR");
        assertThat(logging.path("IncludeExecutionData").isBoolean()).isTrue();
        assertThat(logging.path("IncludeExecutionData").asBoolean()).as("order input stays out of the logs").isFalse();
        assertThat(logging.path("Destinations").path(0).path("CloudWatchLogsLogGroup").path("LogGroupArn").toString())
                .contains("\"OrderWorkflowLogGroup\"");
        JsonNode group = template.resource("OrderWorkflowLogGroup");
        assertThat(group.path("Type").asText()).isEqualTo("AWS::Logs::LogGroup");
        assertThat(group.path("Properties").path("RetentionInDays").asInt()).isBetween(1, 90);
        assertThat(group.path("Properties").path("LogGroupName").toString()).contains("/aws/vendedlogs/states/");
    }

    @Test
    void theDashboardShowsTheOrderMetricsTheApiTheWorkflowAndTheDeadLetterQueue() throws Exception {
        JsonNode dashboard = template.resource("OrderDeskDashboard").path("Properties");
        assertThat(dashboard.path("DashboardName").asText()).isEqualTo("order-desk");
        JsonNode body = new ObjectMapper().readTree(dashboard.path("DashboardBody").path("Fn::Sub").asText());
        List<String> shown = new ArrayList<>();
        body.path("widgets").forEach(w -> w.path("properties").path("metrics").forEach(m -> {
            String stat = m.get(m.size() - 1).path("stat").asText("");
            shown.add(m.get(0).asText() + " " + m.get(1).asText() + (stat.isEmpty() ? "" : " " + stat));
        }));
        assertThat(shown).contains("OrderDesk OrdersPlaced", "OrderDesk OrdersCompleted", "OrderDesk OrdersDeclined",
                "OrderDesk OrdersFailed", "OrderDesk Compensations", "OrderDesk CompensationFailures",
                "OrderDesk OrderLatency p50", "OrderDesk OrderLatency p99",
                "AWS/ApiGateway 4XXError", "AWS/ApiGateway 5XXError", "AWS/ApiGateway Latency p99",
                "AWS/States ExecutionsStarted", "AWS/States ExecutionsFailed", "AWS/SQS ApproximateNumberOfMessagesVisible");
        System.out.printf("infra: dashboard order-desk shows %d metrics%n", shown.size());
    }

    private JsonNode assertAlarm(String logicalId, String namespace, String metric) {
        JsonNode alarm = template.resource(logicalId);
        assertThat(alarm.path("Type").asText()).as(logicalId).isEqualTo("AWS::CloudWatch::Alarm");
        JsonNode p = alarm.path("Properties");
        assertThat(p.path("Namespace").asText()).as(logicalId).isEqualTo(namespace);
        assertThat(p.path("MetricName").asText()).as(logicalId).isEqualTo(metric);
        assertThat(p.path("AlarmActions").toString()).as(logicalId).contains("\"AlertsTopic\"");
        return p;
    }
}
