package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's {@code Type: SQS} event (Lambda's event source mapping): the queue it polls, how many
 * messages one invocation gets, and whether the function reports partial batch failures.
 */
public record SqsEventSource(String functionName, String queueUrl, String queueArn, int batchSize, boolean reportsBatchItemFailures) {

    static List<SqsEventSource> from(SamTemplate template, LocalResourceNames names) {
        List<SqsEventSource> sources = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((functionName, function) ->
                function.path("Properties").path("Events").properties().forEach(event -> {
                    if (!"SQS".equals(event.getValue().path("Type").asText())) {
                        return;
                    }
                    JsonNode p = event.getValue().path("Properties");
                    String queue = p.path("Queue").path("Fn::GetAtt").path(0).asText();
                    boolean partial = false;
                    for (JsonNode type : p.path("FunctionResponseTypes")) {
                        partial |= "ReportBatchItemFailures".equals(type.asText());
                    }
                    sources.add(new SqsEventSource(functionName, names.ref(queue), names.attribute(queue, "Arn"),
                            p.path("BatchSize").asInt(10), partial));
                }));
        return sources;
    }
}
