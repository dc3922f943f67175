package app.orderdesk.localcloud.metering;

import app.orderdesk.localcloud.metering.interceptor.MeteringInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost model's DynamoDB figures rest on this: with a meter installed the interceptor asks
 * DynamoDB for the consumed capacity and adds it up; without one it leaves the request alone.
 * (Unit test: a canned HTTP answer stands in for DynamoDB; the bench runs it against dynalite.)
 */
class MeteringInterceptorTest {

    private final List<String> sentBodies = new ArrayList<>();

    @AfterEach
    void uninstall() {
        System.getProperties().remove(MeteringInterceptor.SINK);
    }

    @Test
    void withAMeterItAsksForTheConsumedCapacityAndCountsIt() {
        Meter meter = new Meter().install();
        try (DynamoDbClient dynamo = client("{\"ConsumedCapacity\":{\"TableName\":\"Orders\",\"CapacityUnits\":2.0}}")) {
            dynamo.putItem(r -> r.tableName("Orders").item(Map.of("orderId", AttributeValue.fromS("o-1"))));
        }

        assertThat(sentBodies).singleElement().asString().contains("\"ReturnConsumedCapacity\":\"TOTAL\"");
        assertThat(meter.snapshot()).containsEntry("dynamodb.write-units", 2.0).containsEntry("calls.DynamoDb.PutItem", 1.0);
        // h-c: and by function (here the test's class loader stands for the function's)
        assertThat(meter.snapshot()).containsEntry("fn." + MeteringInterceptor.class.getClassLoader().getName() + ".dynamodb.write-units", 2.0);
    }

    @Test
    void withoutAMeterTheRequestIsLeftAlone() {
        try (DynamoDbClient dynamo = client("{}")) {
            dynamo.putItem(r -> r.tableName("Orders").item(Map.of("orderId", AttributeValue.fromS("o-1"))));
        }

        assertThat(sentBodies).singleElement().asString().doesNotContain("ReturnConsumedCapacity");
    }

    private DynamoDbClient client(String answer) {
        return DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new MeteringInterceptor()))
                .httpClient(canned(answer)).build();
    }

    private SdkHttpClient canned(String answer) {
        return new SdkHttpClient() {
            @Override
            public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                return new ExecutableHttpRequest() {
                    @Override
                    public HttpExecuteResponse call() {
                        try {
                            sentBodies.add(new String(request.contentStreamProvider().orElseThrow().newStream().readAllBytes(), StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                        return HttpExecuteResponse.builder()
                                .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", "application/x-amz-json-1.0").build())
                                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
                    }

                    @Override
                    public void abort() {}
                };
            }

            @Override
            public void close() {}
        };
    }
}
