package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.aws.LocalAccount;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code Ref} and {@code Fn::GetAtt} mean for each deployed resource here: filled in as the
 * deployer creates resources, read by the intrinsic resolver.
 */
public final class LocalResourceNames {

    public static final String REGION = LocalAccount.REGION;
    public static final String ACCOUNT = LocalAccount.ACCOUNT;
    public static final String PARTITION = LocalAccount.PARTITION;

    private final Map<String, String> refs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> attributes = new ConcurrentHashMap<>();

    /** Records the {@code Ref} value and the {@code GetAtt} attributes of a deployed resource. */
    public LocalResourceNames register(String logicalId, String ref, Map<String, String> atts) {
        refs.put(logicalId, ref);
        attributes.put(logicalId, Map.copyOf(atts));
        return this;
    }

    /** The {@code Ref} value, or null when the resource has not been deployed (yet). */
    public String ref(String logicalId) {
        return refs.get(logicalId);
    }

    /** The {@code GetAtt} value, or null when unknown. */
    public String attribute(String logicalId, String attribute) {
        return attributes.getOrDefault(logicalId, Map.of()).get(attribute);
    }

    public static String functionArn(String logicalId) {
        return LocalAccount.functionArn(logicalId);
    }

    public static String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName;
    }

    public static String bucketArn(String bucket) {
        return "arn:aws:s3:::" + bucket;
    }

    public static String userPoolArn(String poolId) {
        return "arn:aws:cognito-idp:" + REGION + ":" + ACCOUNT + ":userpool/" + poolId;
    }

    public static String queueArn(String queueName) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":" + queueName;
    }
}
