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
            String bucket = resource.path("Properties").path("BucketName").asText(bucketName(logicalId));
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
                // persisted from an earlier start
            }
            names.register(logicalId, bucket, Map.of(
                    "Arn", LocalResourceNames.bucketArn(bucket),
                    "DomainName", bucket + ".s3.amazonaws.com"));
            buckets.put(logicalId, bucket);
        });
        return buckets;
    }

    /** {@code ReceiptsBucket} → {@code orderdesk-receipts-bucket}: bucket names must be lower case. */
    static String bucketName(String logicalId) {
        return "orderdesk-" + logicalId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
