package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates every {@code AWS::SQS::Queue} in fauxqs (named by its logical id unless it sets QueueName,
 * with its visibility timeout, retention and redrive policy) and every {@code AWS::SNS::Subscription}
 * of protocol {@code sqs} (with its raw-delivery and redrive settings). Queue policies are not
 * enforced locally (resource policies are not checked; see the README).
 */
final class QueueDeployer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final SnsClient sns;

    QueueDeployer(SqsClient sqs, SnsClient sns) {
        this.sqs = sqs;
        this.sns = sns;
    }

    /** Logical id → queue URL. */
    Map<String, String> deploy(SamTemplate template, LocalResourceNames names, IntrinsicResolver resolver) {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, JsonNode> queues = template.resourcesOfType("AWS::SQS::Queue");
        // First every queue, then the redrive policies: a policy names another queue's ARN.
        queues.forEach((logicalId, queue) -> {
            JsonNode p = queue.path("Properties");
            String name = p.path("QueueName").asText(logicalId);
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            if (p.has("VisibilityTimeout")) {
                attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, p.path("VisibilityTimeout").asText());
            }
            if (p.has("MessageRetentionPeriod")) {
                attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, p.path("MessageRetentionPeriod").asText());
            }
            String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
            String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            names.register(logicalId, url, Map.of("Arn", arn, "QueueName", name, "QueueUrl", url));
            urls.put(logicalId, url);
        });
        queues.forEach((logicalId, queue) -> {
            JsonNode redrive = queue.path("Properties").path("RedrivePolicy");
            if (redrive.isObject()) {
                String policy = resolver.resolve(redrive).toString();
                sqs.setQueueAttributes(r -> r.queueUrl(urls.get(logicalId)).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
            }
        });
        template.resourcesOfType("AWS::SNS::Subscription").forEach((logicalId, subscription) -> {
            JsonNode p = subscription.path("Properties");
            if (!"sqs".equals(p.path("Protocol").asText())) {
                return; // fauxqs delivers to queues only
            }
            String topicArn = resolver.resolveText(p.path("TopicArn"));
            String endpoint = resolver.resolveText(p.path("Endpoint"));
            boolean subscribed = sns.listSubscriptionsByTopic(r -> r.topicArn(topicArn)).subscriptions().stream()
                    .anyMatch(s -> endpoint.equals(s.endpoint()));
            if (!subscribed) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("RawMessageDelivery", Boolean.toString(p.path("RawMessageDelivery").asBoolean(false)));
                if (p.path("RedrivePolicy").isObject()) {
                    ObjectNode policy = (ObjectNode) resolver.resolve(p.path("RedrivePolicy"));
                    attributes.put("RedrivePolicy", JSON.valueToTree(policy).toString());
                }
                sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(endpoint).attributes(attributes));
            }
            names.register(logicalId, topicArn + ":" + logicalId, Map.of());
        });
        return urls;
    }
}
