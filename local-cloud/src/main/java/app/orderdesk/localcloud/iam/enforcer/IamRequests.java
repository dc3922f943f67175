package app.orderdesk.localcloud.iam.enforcer;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps one SDK call (service, operation, request) to what IAM authorizes: one or more
 * (action, resource ARN) pairs, as the service's authorization reference documents them.
 * An operation not listed here needs {@code <service>:<Operation>} on {@code *}.
 */
public final class IamRequests {

    /** One thing IAM checks. */
    public record Access(String action, String resource) {}

    private IamRequests() {}

    /** {@code serviceName} is the SDK's (DynamoDB, S3, SNS, SESv2, SFN, ...). */
    public static List<Access> of(String serviceName, String operation, SdkPojo request, String region, String account) {
        return of(serviceName, operation, request, region, account, null);
    }

    /**
     * As above; {@code endpoint} is the client's endpoint, which names the WebSocket API for
     * {@code @connections} calls ({@code https://{apiId}.execute-api…/{stage}}, or locally
     * {@code http://127.0.0.1:PORT/{apiId}/{stage}}).
     */
    public static List<Access> of(String serviceName, String operation, SdkPojo request, String region, String account,
                                  java.net.URI endpoint) {
        String service = prefix(serviceName);
        return switch (service) {
            case "execute-api" -> List.of(new Access("execute-api:ManageConnections", connectionArn(operation, request, region, account, endpoint)));
            case "dynamodb" -> dynamoDb(operation, request, region, account);
            case "s3" -> s3(operation, request);
            case "sns" -> List.of(new Access("sns:" + (operation.equals("PublishBatch") ? "Publish" : operation),
                    firstText(request, "TopicArn", "TargetArn").orElse("*")));
            case "ses" -> ses(operation, request, region, account);
            case "sqs" -> List.of(new Access("sqs:" + sqsAction(operation), text(request, "QueueUrl").map(u -> queueArn(u, region)).orElse("*")));
            case "states" -> stepFunctions(operation, request);
            default -> List.of(new Access(service + ":" + operation, "*"));
        };
    }

    /** The IAM service prefix of an SDK service name. */
    static String prefix(String serviceName) {
        String name = serviceName.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (name) {
            case "dynamodb", "dynamodbstreams" -> "dynamodb";
            case "sesv2", "ses" -> "ses";
            case "sfn" -> "states";
            case "cognitoidentityprovider" -> "cognito-idp";
            case "apigatewaymanagementapi" -> "execute-api";
            default -> name;
        };
    }

    /** {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/@connections/{id}}. */
    private static String connectionArn(String operation, SdkPojo request, String region, String account, java.net.URI endpoint) {
        String method = switch (operation) {
            case "PostToConnection" -> "POST";
            case "GetConnection" -> "GET";
            case "DeleteConnection" -> "DELETE";
            default -> "*";
        };
        String apiAndStage = "*/*";
        if (endpoint != null) {
            String host = endpoint.getHost() == null ? "" : endpoint.getHost();
            String path = endpoint.getPath() == null ? "" : endpoint.getPath().replaceAll("^/+|/+$", "");
            if (host.contains(".execute-api.")) {
                apiAndStage = host.substring(0, host.indexOf('.')) + "/" + (path.isEmpty() ? "*" : path);
            } else if (path.contains("/")) {
                apiAndStage = path;
            }
        }
        return "arn:aws:execute-api:" + region + ":" + account + ":" + apiAndStage + "/" + method + "/@connections/"
                + text(request, "ConnectionId").orElse("*");
    }

    private static List<Access> dynamoDb(String operation, SdkPojo request, String region, String account) {
        String tables = "arn:aws:dynamodb:" + region + ":" + account + ":table/";
        switch (operation) {
            case "BatchGetItem", "BatchWriteItem" -> {
                List<Access> accesses = new ArrayList<>();
                Object items = field(request, "RequestItems");
                if (items instanceof Map<?, ?> byTable) {
                    byTable.keySet().forEach(table -> accesses.add(new Access("dynamodb:" + operation, tables + table)));
                }
                return accesses;
            }
            case "TransactWriteItems", "TransactGetItems" -> {
                List<Access> accesses = new ArrayList<>();
                if (field(request, "TransactItems") instanceof Collection<?> items) {
                    for (Object item : items) {
                        transactAccess((SdkPojo) item, tables).ifPresent(accesses::add);
                    }
                }
                return accesses;
            }
            case "ListTables", "DescribeLimits", "DescribeEndpoints" -> {
                return List.of(new Access("dynamodb:" + operation, "*"));
            }
            default -> {
                String table = text(request, "TableName").orElse("*");
                String index = text(request, "IndexName").orElse(null);
                String resource = table.startsWith("arn:") ? table : tables + table;
                return List.of(new Access("dynamodb:" + operation, index == null ? resource : resource + "/index/" + index));
            }
        }
    }

    private static java.util.Optional<Access> transactAccess(SdkPojo item, String tables) {
        for (String[] kind : new String[][] {{"Get", "GetItem"}, {"Put", "PutItem"}, {"Update", "UpdateItem"},
                {"Delete", "DeleteItem"}, {"ConditionCheck", "ConditionCheckItem"}}) {
            if (field(item, kind[0]) instanceof SdkPojo part) {
                return text(part, "TableName").map(t -> new Access("dynamodb:" + kind[1], tables + t));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Access> s3(String operation, SdkPojo request) {
        String bucket = text(request, "Bucket").orElse("*");
        String object = "arn:aws:s3:::" + bucket + "/" + text(request, "Key").orElse("*");
        String bucketArn = "arn:aws:s3:::" + bucket;
        return switch (operation) {
            case "GetObject", "HeadObject" -> List.of(new Access("s3:GetObject", object));
            case "PutObject", "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "CopyObject" ->
                    List.of(new Access("s3:PutObject", object));
            case "DeleteObject" -> List.of(new Access("s3:DeleteObject", object));
            case "ListObjects", "ListObjectsV2", "HeadBucket" -> List.of(new Access("s3:ListBucket", bucketArn));
            default -> List.of(new Access("s3:" + operation, text(request, "Key").isPresent() ? object : bucketArn));
        };
    }

    /** The batch operations are authorised as their single forms, as SQS's authorization reference says. */
    private static String sqsAction(String operation) {
        return switch (operation) {
            case "SendMessageBatch" -> "SendMessage";
            case "DeleteMessageBatch" -> "DeleteMessage";
            case "ChangeMessageVisibilityBatch" -> "ChangeMessageVisibility";
            default -> operation;
        };
    }

    /** {@code https://sqs.{region}.amazonaws.com/{account}/{name}} (locally {@code http://host:port/{account}/{name}}) → its ARN. */
    static String queueArn(String queueUrl, String region) {
        String[] path = java.net.URI.create(queueUrl).getPath().replaceAll("^/+|/+$", "").split("/");
        return path.length == 2 ? "arn:aws:sqs:" + region + ":" + path[0] + ":" + path[1] : "*";
    }

    private static List<Access> ses(String operation, SdkPojo request, String region, String account) {
        String from = firstText(request, "FromEmailAddress", "Source").map(IamRequests::address).orElse("*");
        String identity = "arn:aws:ses:" + region + ":" + account + ":identity/" + from;
        return List.of(new Access("ses:" + operation, identity));
    }

    /** {@code Name <a@b.example>} → {@code a@b.example}. */
    private static String address(String from) {
        int open = from.lastIndexOf('<');
        int close = from.lastIndexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
    }

    private static List<Access> stepFunctions(String operation, SdkPojo request) {
        return switch (operation) {
            case "DescribeExecution", "GetExecutionHistory", "StopExecution", "RedriveExecution" ->
                    List.of(new Access("states:" + operation, firstText(request, "executionArn", "ExecutionArn").orElse("*")));
            default -> List.of(new Access("states:" + operation, firstText(request, "stateMachineArn", "StateMachineArn").orElse("*")));
        };
    }

    private static java.util.Optional<String> firstText(SdkPojo pojo, String... names) {
        for (String name : names) {
            java.util.Optional<String> value = text(pojo, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> text(SdkPojo pojo, String name) {
        return field(pojo, name) instanceof String s && !s.isBlank() ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** A member by its model name (case-insensitive: SFN's members are camelCase). */
    private static Object field(SdkPojo pojo, String name) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.memberName().equalsIgnoreCase(name)) {
                return field.getValueOrDefault(pojo);
            }
        }
        return null;
    }
}
