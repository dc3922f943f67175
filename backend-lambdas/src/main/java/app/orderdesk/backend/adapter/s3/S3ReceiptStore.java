package app.orderdesk.backend.adapter.s3;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.ReceiptStore;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Receipt PDFs in the receipts bucket, downloaded through presigned GET URLs. */
public final class S3ReceiptStore implements ReceiptStore {

    private static final String PDF = "application/pdf";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3ReceiptStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] pdf) {
        var request = PutObjectRequest.builder().bucket(bucket).key(key).contentType(PDF).build();
        AwsFailures.run("S3 PutObject", () -> s3.putObject(request, RequestBody.fromBytes(pdf)));
    }

    @Override
    public byte[] get(String key) {
        return AwsFailures.call("S3 GetObject", () -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
    }

    @Override
    public URI presign(String key, String fileName, Duration lifetime) {
        var get = GetObjectRequest.builder().bucket(bucket).key(key)
                .responseContentType(PDF)
                .responseContentDisposition("inline; filename=\"" + fileName + "\"")
                .build();
        // Presigning is local signing only; no network call can fail here.
        var presigned = presigner.presignGetObject(r -> r.signatureDuration(lifetime).getObjectRequest(get));
        return URI.create(presigned.url().toString());
    }
}
