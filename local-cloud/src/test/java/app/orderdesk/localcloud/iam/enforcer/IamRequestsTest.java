package app.orderdesk.localcloud.iam.enforcer;

import app.orderdesk.localcloud.iam.enforcer.IamRequests.Access;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StopExecutionRequest;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation + request → the IAM action and resource ARN, with the SDK's own service names and request objects. */
class IamRequestsTest {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "111111111111";
    private static final String TABLES = "arn:aws:dynamodb:us-east-1:111111111111:table/";

    @Test
    void dynamoDbItemCallsNameTheTableAndIndexCallsTheIndex() {
        assertThat(IamRequests.of("DynamoDB", "PutItem", PutItemRequest.builder().tableName("Orders").build(), REGION, ACCOUNT))
                .containsExactly(new Access("dynamodb:PutItem", TABLES + "Orders"));
        assertThat(IamRequests.of("DynamoDB", "Query", QueryRequest.builder().tableName("Orders").indexName("StatusIndex").build(), REGION, ACCOUNT))
                .containsExactly(new Access("dynamodb:Query", TABLES + "Orders/index/StatusIndex"));
        assertThat(IamRequests.of("DynamoDB", "Scan", ScanRequest.builder().tableName("Inventory").build(), REGION, ACCOUNT))
                .containsExactly(new Access("dynamodb:Scan", TABLES + "Inventory"));
    }

    @Test
    void batchCallsAreCheckedPerTable() {
        var keys = KeysAndAttributes.builder().keys(Map.of("id", AttributeValue.fromS("1"))).build();
        BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(Map.of("Inventory", keys, "Orders", keys)).build();
        assertThat(IamRequests.of("DynamoDB", "BatchGetItem", request, REGION, ACCOUNT)).containsExactlyInAnyOrder(
                new Access("dynamodb:BatchGetItem", TABLES + "Inventory"), new Access("dynamodb:BatchGetItem", TABLES + "Orders"));
    }

    @Test
    void s3ObjectCallsNameTheObjectAndListingsTheBucket() {
        assertThat(IamRequests.of("S3", "GetObject", GetObjectRequest.builder().bucket("receipts").key("receipts/o-1.pdf").build(), REGION, ACCOUNT))
                .containsExactly(new Access("s3:GetObject", "arn:aws:s3:::receipts/receipts/o-1.pdf"));
        assertThat(IamRequests.of("S3", "PutObject", PutObjectRequest.builder().bucket("receipts").key("receipts/o-1.pdf").build(), REGION, ACCOUNT))
                .containsExactly(new Access("s3:PutObject", "arn:aws:s3:::receipts/receipts/o-1.pdf"));
        assertThat(IamRequests.of("S3", "ListObjectsV2", ListObjectsV2Request.builder().bucket("receipts").build(), REGION, ACCOUNT))
                .containsExactly(new Access("s3:ListBucket", "arn:aws:s3:::receipts"));
    }

    @Test
    void snsSesAndStepFunctions() {
        assertThat(IamRequests.of("SNS", "Publish", PublishRequest.builder().topicArn("arn:aws:sns:us-east-1:111111111111:events").build(), REGION, ACCOUNT))
                .containsExactly(new Access("sns:Publish", "arn:aws:sns:us-east-1:111111111111:events"));
        assertThat(IamRequests.of("SESv2", "SendEmail", SendEmailRequest.builder().fromEmailAddress("Order Desk <receipts@shop.example>").build(), REGION, ACCOUNT))
                .containsExactly(new Access("ses:SendEmail", "arn:aws:ses:us-east-1:111111111111:identity/receipts@shop.example"));
        String machine = "arn:aws:states:us-east-1:111111111111:stateMachine:OrderWorkflow";
        String execution = "arn:aws:states:us-east-1:111111111111:execution:OrderWorkflow:o-1";
        assertThat(IamRequests.of("SFN", "StartExecution", StartExecutionRequest.builder().stateMachineArn(machine).build(), REGION, ACCOUNT))
                .containsExactly(new Access("states:StartExecution", machine));
        assertThat(IamRequests.of("SFN", "GetExecutionHistory", GetExecutionHistoryRequest.builder().executionArn(execution).build(), REGION, ACCOUNT))
                .containsExactly(new Access("states:GetExecutionHistory", execution));
        assertThat(IamRequests.of("SFN", "StopExecution", StopExecutionRequest.builder().executionArn(execution).build(), REGION, ACCOUNT))
                .containsExactly(new Access("states:StopExecution", execution));
    }

    /** h-w: a queue call names the queue's ARN, built from its URL (AWS's and fauxqs's URL shapes). */
    @Test
    void sqsCallsNameTheQueueFromItsUrl() {
        assertThat(IamRequests.of("Sqs", "SendMessage", software.amazon.awssdk.services.sqs.model.SendMessageRequest.builder()
                        .queueUrl("https://sqs.us-east-1.amazonaws.com/111111111111/push-events").build(), REGION, ACCOUNT))
                .containsExactly(new Access("sqs:SendMessage", "arn:aws:sqs:us-east-1:111111111111:push-events"));
        assertThat(IamRequests.of("Sqs", "SendMessageBatch", software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest.builder()
                        .queueUrl("http://127.0.0.1:4566/000000000000/PushEventsQueue").build(), REGION, ACCOUNT))
                .containsExactly(new Access("sqs:SendMessage", "arn:aws:sqs:us-east-1:000000000000:PushEventsQueue"));
    }

    @Test
    void anUnlistedOperationNeedsItsActionOnEverything() {
        assertThat(IamRequests.of("SNS", "ListTopics", software.amazon.awssdk.services.sns.model.ListTopicsRequest.builder().build(), REGION, ACCOUNT))
                .containsExactly(new Access("sns:ListTopics", "*"));
        assertThat(IamRequests.prefix("Cognito Identity Provider")).isEqualTo("cognito-idp");
    }
}
