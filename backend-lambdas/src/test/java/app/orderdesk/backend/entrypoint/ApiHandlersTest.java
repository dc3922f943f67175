package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.entrypoint.api.GetOrderHandler;
import app.orderdesk.backend.entrypoint.api.ListInventoryHandler;
import app.orderdesk.backend.entrypoint.api.PlaceOrderHandler;
import app.orderdesk.backend.errors.TransientFailureException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.usecase.GetOrder;
import app.orderdesk.backend.usecase.ListInventory;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.domain.Order;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiHandlersTest {

    private final World world = new World();
    private final PlaceOrderHandler placeOrder = new PlaceOrderHandler(world.placeOrder);

    private static ObjectNode withBody(String body) {
        ObjectNode event = load("place-order.json");
        event.put("body", body);
        return event;
    }

    private static void assertNoInternals(JsonNode response) {
        assertThat(response.get("body").asText()).doesNotContain("Exception").doesNotContain("at app.").doesNotContain("java.");
    }

    @Test
    void placesAnOrderAndAnswers202() {
        JsonNode response = invoke(placeOrder, load("place-order.json"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(202);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
        JsonNode body = body(response);
        assertThat(body.get("orderNumber").asText()).isEqualTo("OD-000001");
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(body.get("orderId").asText()).isEqualTo(world.workflow.started.getFirst());
    }

    @Test
    void replaysTheSameOrderForTheSameKeyAndConflictsForAnotherBody() {
        JsonNode first = body(invoke(placeOrder, load("place-order.json")));
        JsonNode again = body(invoke(placeOrder, load("place-order.json")));
        assertThat(again).isEqualTo(first);

        JsonNode conflict = invoke(placeOrder, withBody(
                "{\"lines\":[{\"productId\":\"p-mug\",\"quantity\":3}],\"customer\":{\"email\":\"ada@example.test\",\"name\":\"Ada\"},\"paymentToken\":\"tok_visa\"}"));
        assertThat(conflict.get("statusCode").asInt()).isEqualTo(409);
        assertThat(body(conflict).get("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
    }

    @Test
    void namesTheWrongFields() {
        JsonNode response = invoke(placeOrder, withBody(
                "{\"lines\":[{\"productId\":\"p-nope\",\"quantity\":1},{\"productId\":\"p-mug\",\"quantity\":0}],\"customer\":{\"email\":\"nope\",\"name\":\"Ada\"},\"paymentToken\":\"tok_visa\"}"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        JsonNode body = body(response);
        assertThat(body.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.get("details").findValuesAsText("field")).containsExactlyInAnyOrder("lines[1].quantity", "customer.email");
        assertThat(body.get("details").findValuesAsText("issue")).contains("not a valid email address", "must be between 1 and 999");

        JsonNode unknown = invoke(placeOrder, withBody(
                "{\"lines\":[{\"productId\":\"p-nope\",\"quantity\":1}],\"customer\":{\"email\":\"a@b.test\",\"name\":\"Ada\"},\"paymentToken\":\"tok_visa\"}"));
        assertThat(body(unknown).get("details").get(0).get("field").asText()).isEqualTo("lines[0].productId");
        assertThat(body(unknown).get("details").get(0).get("issue").asText()).isEqualTo("unknown product");
    }

    @Test
    void requiresTheIdempotencyKeyHeader() {
        ObjectNode event = load("place-order.json");
        ((ObjectNode) event.get("headers")).remove("idempotency-key");

        JsonNode response = invoke(placeOrder, event);

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(response).get("details").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void rejectsMalformedJsonUnknownMembersAndWrongTypes() {
        JsonNode malformed = invoke(placeOrder, withBody("{\"lines\": [ {\"productId\": "));
        assertThat(malformed.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(malformed).get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertNoInternals(malformed);

        JsonNode unknownMember = invoke(placeOrder, withBody(
                "{\"lines\":[{\"productId\":\"p-mug\",\"quantity\":1,\"price\":1}],\"customer\":{\"email\":\"a@b.test\",\"name\":\"A\"},\"paymentToken\":\"tok_visa\"}"));
        assertThat(unknownMember.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(unknownMember).get("details").get(0).get("field").asText()).isEqualTo("lines[0].price");
        assertNoInternals(unknownMember);

        JsonNode wrongType = invoke(placeOrder, withBody(
                "{\"lines\":[{\"productId\":\"p-mug\",\"quantity\":\"two\"}],\"customer\":{\"email\":\"a@b.test\",\"name\":\"A\"},\"paymentToken\":\"tok_visa\"}"));
        assertThat(wrongType.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(wrongType).get("details").get(0).get("field").asText()).isEqualTo("lines[0].quantity");

        JsonNode empty = invoke(placeOrder, withBody(null));
        assertThat(empty.get("statusCode").asInt()).isEqualTo(400);
    }

    @Test
    void readsBase64EncodedBodiesAndHeadersInAnyCase() {
        ObjectNode event = load("place-order.json");
        String json = event.get("body").asText();
        event.put("body", java.util.Base64.getEncoder().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);
        ObjectNode headers = (ObjectNode) event.get("headers");
        headers.put("IDEMPOTENCY-KEY", headers.remove("idempotency-key").asText());

        assertThat(invoke(placeOrder, event).get("statusCode").asInt()).isEqualTo(202);
    }

    @Test
    void rejectsBodiesOver64KiB() {
        JsonNode response = invoke(placeOrder, withBody("{\"paymentToken\":\"" + "x".repeat(70_000) + "\"}"));
        assertThat(response.get("statusCode").asInt()).isEqualTo(413);
        assertThat(body(response).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void answers401WithoutClaimsAnd403ForTheWrongGroup() {
        ObjectNode noClaims = load("place-order.json");
        ((ObjectNode) noClaims.get("requestContext")).remove("authorizer");
        JsonNode unauthorised = invoke(placeOrder, noClaims);
        assertThat(unauthorised.get("statusCode").asInt()).isEqualTo(401);
        assertThat(body(unauthorised).get("code").asText()).isEqualTo("UNAUTHORIZED");

        ObjectNode support = load("place-order.json");
        ((ObjectNode) support.at("/requestContext/authorizer/claims")).put("cognito:groups", "support");
        JsonNode forbidden = invoke(placeOrder, support);
        assertThat(forbidden.get("statusCode").asInt()).isEqualTo(403);
        assertThat(body(forbidden).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(world.orders.orders).isEmpty();
    }

    @Test
    void acceptsGroupsAsListsInEitherForm() {
        ObjectNode event = load("place-order.json");
        ((ObjectNode) event.at("/requestContext/authorizer/claims")).put("cognito:groups", "[support, managers]");
        assertThat(invoke(placeOrder, event).get("statusCode").asInt()).isEqualTo(202);
    }

    @Test
    void getsAnOrderForSupport() {
        String id = world.place("tok_visa", World.line("p-mug", 1));
        JsonNode response = invoke(new GetOrderHandler(new GetOrder(world.orders)), load("get-order.json"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("orderId").asText()).isEqualTo(id);
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(body.has("paymentToken")).isFalse();
    }

    @Test
    void answers404And400ForOrders() {
        var handler = new GetOrderHandler(new GetOrder(world.orders));
        JsonNode missing = invoke(handler, load("get-order.json"));
        assertThat(missing.get("statusCode").asInt()).isEqualTo(404);
        assertThat(body(missing).get("code").asText()).isEqualTo("NOT_FOUND");

        ObjectNode bad = load("get-order.json");
        ((ObjectNode) bad.get("pathParameters")).put("id", "not-a-uuid");
        assertThat(invoke(handler, bad).get("statusCode").asInt()).isEqualTo(400);
    }

    /** ADR 0086: the start went out unanswered: 503 saying it may be running and not to retry now, the hold lifted. */
    @Test
    void aRetryWhoseStartWentUnansweredSaysItMayBeRunning() {
        String id = world.place("tok_visa", app.orderdesk.backend.fakes.World.line("p-mug", 1));
        world.holdForRetry.hold(app.orderdesk.backend.usecase.StepInput.of(id), "ValidateOrder",
                new app.orderdesk.backend.usecase.WorkflowError("app.orderdesk.backend.errors.TransientFailureException", null));
        world.workflow.nextResumeFailure = new app.orderdesk.backend.errors.OutcomeUnknownException("no answer", null);
        ObjectNode event = load("payment-received.json");
        ((ObjectNode) event.get("pathParameters")).put("id", id);
        event.putNull("body");

        JsonNode response = invoke(new app.orderdesk.backend.entrypoint.api.RedriveOrderHandler(world.redriveOrder), event);

        assertThat(response.get("statusCode").asInt()).isEqualTo(503);
        assertThat(body(response).get("code").asText()).isEqualTo("RETRY_OUTCOME_UNKNOWN");
        assertThat(body(response).get("message").asText()).contains("may be running").contains("6 minutes");
        assertThat(world.holds.isHeld(id)).isFalse();
    }

    @Test
    void answers503WhenADependencyIsDown() {
        OrderRepository down = new OrderRepository() {
            @Override
            public Optional<Order> find(String orderId) {
                throw new TransientFailureException("Orders GetItem could not reach the service", new RuntimeException("connection refused"));
            }

            @Override
            public boolean create(Order order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean update(OrderUpdate update) {
                throw new UnsupportedOperationException();
            }
        };
        JsonNode response = invoke(new GetOrderHandler(new GetOrder(down)), load("get-order.json"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(503);
        assertThat(body(response).get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(response.get("body").asText()).doesNotContain("connection refused").doesNotContain("GetItem");
    }

    @Test
    void answers500NotServiceUnavailableWhenAPermissionIsMissing() {
        OrderRepository denied = new OrderRepository() {
            @Override
            public Optional<Order> find(String orderId) {
                throw software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder().statusCode(400)
                        .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                                .errorCode("AccessDeniedException").errorMessage("not authorized to perform: dynamodb:GetItem").build())
                        .build();
            }

            @Override
            public boolean create(Order order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean update(OrderUpdate update) {
                throw new UnsupportedOperationException();
            }
        };
        JsonNode response = invoke(new GetOrderHandler(new GetOrder(denied)), load("get-order.json"));

        assertThat(response.get("statusCode").asInt()).as("a retry cannot fix a missing grant").isEqualTo(500);
        assertThat(body(response).get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(response.get("body").asText()).doesNotContain("not authorized").doesNotContain("GetItem");
    }

    @Test
    void listsInventory() {
        JsonNode response = invoke(new ListInventoryHandler(new ListInventory(world.inventory)), load("list-inventory.json"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("items").findValuesAsText("sku")).containsExactly("MUG-BLU");
        assertThat(body.get("nextToken").isNull()).isTrue();
    }
}
