package app.orderdesk.localcloud.deploy;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates every {@code AWS::SNS::Topic} in fauxqs plus one SQS queue subscribed to it, because
 * fauxqs delivers only to queues and a queue is how tests and people observe what was published.
 * The subscriptions use raw message delivery: a queue message's body is exactly the published
 * {@code Message} (no SNS envelope), and message attributes arrive as SQS message attributes.
 */
final class TopicDeployer {

    private final SnsClient sns;
    private final SqsClient sqs;

    TopicDeployer(SnsClient sns, SqsClient sqs) {
        this.sns = sns;
        this.sqs = sqs;
    }

    /** A topic and the URL of the queue that receives its messages. */
    record DeployedTopic(String topicArn, String queueUrl) {}

    Map<String, DeployedTopic> deploy(SamTemplate template, LocalResourceNames names) {
        Map<String, DeployedTopic> topics = new LinkedHashMap<>();
        template.resourcesOfType("AWS::SNS::Topic").forEach((logicalId, resource) -> {
            String topicName = resource.path("Properties").path("TopicName").asText(logicalId);
            String topicArn = sns.createTopic(r -> r.name(topicName)).topicArn();
            String queueName = topicName + "-queue";
            String queueUrl = sqs.createQueue(r -> r.queueName(queueName)).queueUrl();
            String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            boolean subscribed = sns.listSubscriptionsByTopic(r -> r.topicArn(topicArn)).subscriptions().stream()
                    .anyMatch(s -> queueArn.equals(s.endpoint()));
            if (!subscribed) {
                sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                        .attributes(Map.of("RawMessageDelivery", "true")));
            }
            names.register(logicalId, topicArn, Map.of("TopicArn", topicArn, "TopicName", topicName));
            topics.put(logicalId, new DeployedTopic(topicArn, queueUrl));
        });
        return topics;
    }
}
