package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates every {@code AWS::DynamoDB::Table} of the template in dynalite, keys and GSIs included. */
final class TableDeployer {

    private final DynamoDbClient dynamoDb;

    TableDeployer(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Logical id → table name; {@code created} receives the ids of tables that did not exist before. */
    Map<String, String> deploy(SamTemplate template, LocalResourceNames names, List<String> created) {
        Map<String, String> tables = new LinkedHashMap<>();
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((logicalId, resource) -> {
            JsonNode properties = resource.path("Properties");
            String tableName = tableName(logicalId, resource);
            try {
                dynamoDb.createTable(request(tableName, properties));
                created.add(logicalId);
            } catch (ResourceInUseException alreadyThere) {
                // persisted from an earlier start: keep its data
            }
            names.register(logicalId, tableName, Map.of("Arn", LocalResourceNames.tableArn(tableName)));
            tables.put(logicalId, tableName);
        });
        return tables;
    }

    /** Logical id → table name, every table of the template, without creating any (they exist: a matching deploy stamp). */
    static Map<String, String> registerExisting(SamTemplate template, LocalResourceNames names) {
        Map<String, String> tables = new LinkedHashMap<>();
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((logicalId, resource) -> {
            String tableName = tableName(logicalId, resource);
            names.register(logicalId, tableName, Map.of("Arn", LocalResourceNames.tableArn(tableName)));
            tables.put(logicalId, tableName);
        });
        return tables;
    }

    /** The logical id is the local table name: stable, readable, and what the docs call the tables. */
    static String tableName(String logicalId, JsonNode resource) {
        return resource.path("Properties").path("TableName").asText(logicalId);
    }

    static CreateTableRequest request(String tableName, JsonNode properties) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (JsonNode a : properties.path("AttributeDefinitions")) {
            attributes.add(AttributeDefinition.builder()
                    .attributeName(a.path("AttributeName").asText())
                    .attributeType(a.path("AttributeType").asText()).build());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
            JsonNode projection = index.path("Projection");
            Projection.Builder p = Projection.builder().projectionType(projection.path("ProjectionType").asText("ALL"));
            if (projection.has("NonKeyAttributes")) {
                List<String> nonKey = new ArrayList<>();
                projection.path("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
                p.nonKeyAttributes(nonKey);
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.path("IndexName").asText())
                    .keySchema(keySchema(index.path("KeySchema")))
                    .projection(p.build()).build());
        }
        CreateTableRequest.Builder builder = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.path("KeySchema")))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!indexes.isEmpty()) {
            builder.globalSecondaryIndexes(indexes);
        }
        return builder.build();
    }

    private static List<KeySchemaElement> keySchema(JsonNode keys) {
        List<KeySchemaElement> schema = new ArrayList<>();
        for (JsonNode k : keys) {
            schema.add(KeySchemaElement.builder()
                    .attributeName(k.path("AttributeName").asText())
                    .keyType(k.path("KeyType").asText()).build());
        }
        return schema;
    }
}
