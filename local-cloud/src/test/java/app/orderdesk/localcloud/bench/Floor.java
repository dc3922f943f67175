package app.orderdesk.localcloud.bench;

import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineRequest;
import app.orderdesk.api.PlaceOrderRequest;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbIdempotencyStore;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderNumberAllocator;
import app.orderdesk.backend.adapter.dynamodb.DynamoDbOrderRepository;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.usecase.PlaceOrder;
import app.orderdesk.localcloud.LocalCloud;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sns.SnsClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor: what one order costs without the API front, the Lambda-over-HTTP path and the ASL
 * interpreter. The place-order use case runs here with the same adapters (its workflow start left
 * out), then the workflow's steps are replayed one after another from a recorded happy-path execution:
 * each task function is called directly with the input it was given (the recorded order id swapped
 * for the new one) and the SNS publish is made with the SDK. Same SDK calls, same PDF, no orchestration.
 */
final class Floor {

    /** A recorded step: a function and its input, or (function null) an SNS publish's parameters. */
    private record Step(String function, String input) {}

    record Result(int threads, int orders, int completed, List<Double> latencyMs, double seconds) {
        double ordersPerSecond() { return completed / seconds; }
    }

    private final LocalCloud cloud;
    private final List<Step> steps;
    private final String recordedOrderId;
    private final PlaceOrder placeOrder;
    private final DynamoDbOrderRepository orders;
    private final SnsClient sns;

    Floor(LocalCloud cloud, SfnClient sfn, String executionArn, String recordedOrderId) {
        this.cloud = cloud;
        this.recordedOrderId = recordedOrderId;
        this.steps = record(sfn, executionArn);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(cloud.dynamoDbEndpoint()).build();
        String idempotency = cloud.tableName("IdempotencyTable");
        this.orders = new DynamoDbOrderRepository(dynamo, cloud.tableName("OrdersTable"));
        this.placeOrder = new PlaceOrder(new DynamoDbInventoryRepository(dynamo, cloud.tableName("InventoryTable")),
                new DynamoDbIdempotencyStore(dynamo, idempotency), new DynamoDbOrderNumberAllocator(dynamo, idempotency),
                orders, orderId -> { }, IdGenerator.uuids(), Clock.systemUTC());
        this.sns = SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(cloud.snsEndpoint()).build();
    }

    int stepCount() { return steps.size(); }

    /** h-c: how long the place-order use case took in each floor order (EndToEndBreakdown compares it with POST -> execution start). */
    final List<Double> placeOrderMs = Collections.synchronizedList(new ArrayList<>());

    /** Why the first order that did not complete did not (null if all did). */
    String firstFailure() { return firstFailure.get(); }

    private final java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();

    Result run(int threads, int total, List<String> products) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String product = products.get(t % products.size());
            running.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long began = System.nanoTime();
                    if (oneOrder(product)) {
                        completed.incrementAndGet();
                        latencies.add((System.nanoTime() - began) / 1e6);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(threads, total, completed.get(), List.copyOf(latencies), seconds);
    }

    /** One order through every recorded step; true when the order record ends COMPLETED. */
    private boolean oneOrder(String product) throws Exception {
        long placing = System.nanoTime();
        String orderId = placeOrder.execute(UUID.randomUUID().toString(), new PlaceOrderRequest(
                List.of(new OrderLineRequest(product, 1)),
                new CustomerDetails("bench@example.test", "Bench Floor", "+15555550100"), "tok_visa")).orderId();
        placeOrderMs.add((System.nanoTime() - placing) / 1e6);
        for (Step step : steps) {
            // The execution is named after the order, so this also names the execution the order would have had.
            String input = step.input().replace(recordedOrderId, orderId);
            if (step.function() == null) {
                JsonNode parameters = DeskClient.JSON.readTree(input);
                JsonNode message = parameters.path("Message");
                sns.publish(r -> r.topicArn(parameters.path("TopicArn").asText())
                        .message(message.isTextual() ? message.asText() : message.toString()));
            } else if (!(cloud.invoke(step.function(), input) instanceof LambdaBackend.LambdaResponse.Success)) {
                firstFailure.compareAndSet(null, step.function() + " failed on " + input);
                return false;
            }
        }
        String status = orders.find(orderId).map(Order::status).map(Enum::name).orElse("missing");
        if (!status.equals("COMPLETED")) {
            firstFailure.compareAndSet(null, "order ended " + status + " after the replay");
        }
        return status.equals("COMPLETED");
    }

    private static List<Step> record(SfnClient sfn, String executionArn) {
        List<Step> steps = new ArrayList<>();
        for (HistoryEvent event : sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn)).events()) {
            if (event.lambdaFunctionScheduledEventDetails() != null) {
                steps.add(new Step(functionName(event.lambdaFunctionScheduledEventDetails().resource()),
                        event.lambdaFunctionScheduledEventDetails().input()));
            } else if (event.taskScheduledEventDetails() != null) {
                var task = event.taskScheduledEventDetails();
                if (task.resourceType().equals("lambda")) {
                    JsonNode parameters = read(task.parameters());
                    steps.add(new Step(functionName(parameters.path("FunctionName").asText()), parameters.path("Payload").toString()));
                } else if (task.resourceType().equals("sns") && task.resource().startsWith("publish")) {
                    steps.add(new Step(null, task.parameters()));
                } else {
                    throw new IllegalStateException("the floor cannot replay a " + task.resourceType() + ":" + task.resource() + " task");
                }
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("no task in the recorded execution " + executionArn);
        }
        return steps;
    }

    /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:ALIAS]} (the workflow calls the {@code live} alias) → NAME. */
    private static String functionName(String nameOrArn) {
        String[] parts = nameOrArn.split(":");
        return nameOrArn.startsWith("arn:") && parts.length >= 7 ? parts[6] : nameOrArn;
    }

    private static JsonNode read(String json) {
        try {
            return DeskClient.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
