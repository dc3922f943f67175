package app.orderdesk.localcloud.deploy;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Creates every {@code AWS::S3::Bucket} in s3rver; policies and encryption have no local meaning. */
final class BucketDeployer {

    private final S3Client s3;

    BucketDeployer(S3Client s3) {
        this.s3 = s3;
    }

    /** Logical id → bucket name. */
    Map<String, String> deploy(SamTemplate template, LocalResourceNames names) {
        Map<String, String> buckets = new LinkedHashMap<>();
        template.resourcesOfType("AWS::S3::Bucket").forEach((logicalId, resource) -> {
            String bucket = bucketName(logicalId, resource);
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
                // persisted from an earlier start
            }
            register(names, logicalId, bucket);
            buckets.put(logicalId, bucket);
        });
        return buckets;
    }

    /** Logical id → bucket name, without creating any (they exist: a matching deploy stamp). */
    static Map<String, String> registerExisting(SamTemplate template, LocalResourceNames names) {
        Map<String, String> buckets = new LinkedHashMap<>();
        template.resourcesOfType("AWS::S3::Bucket").forEach((logicalId, resource) -> {
            String bucket = bucketName(logicalId, resource);
            register(names, logicalId, bucket);
            buckets.put(logicalId, bucket);
        });
        return buckets;
    }

    static String bucketName(String logicalId, com.fasterxml.jackson.databind.JsonNode resource) {
        return resource.path("Properties").path("BucketName").asText(bucketName(logicalId));
    }

    private static void register(LocalResourceNames names, String logicalId, String bucket) {
        names.register(logicalId, bucket, Map.of(
                "Arn", LocalResourceNames.bucketArn(bucket),
                "DomainName", bucket + ".s3.amazonaws.com"));
    }

    /** {@code ReceiptsBucket} → {@code orderdesk-receipts-bucket}: bucket names must be lower case. */
    static String bucketName(String logicalId) {
        return "orderdesk-" + logicalId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
