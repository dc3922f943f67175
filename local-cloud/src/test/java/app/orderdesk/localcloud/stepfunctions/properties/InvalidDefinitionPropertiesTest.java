package app.orderdesk.localcloud.stepfunctions.properties;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import app.orderdesk.localcloud.stepfunctions.service.StepFunctionsHttpServer;
import app.orderdesk.localcloud.stepfunctions.service.StepFunctionsService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/**
 * Generated definitions, each broken in one place (a target that names no state, a missing Type,
 * Resource, Next/End or Choices, a field of the wrong type), are refused by CreateStateMachine through
 * the AWS SDK with {@code InvalidDefinitionException} whose message names the broken place as AWS does
 * ({@code Invalid State Machine Definition: '... at /States/X/Next'}); the unbroken definition is accepted.
 */
class InvalidDefinitionPropertiesTest {

    static final int TRIES = 200;

    private static StepFunctionsService service;
    private static StepFunctionsHttpServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        LambdaBackend noLambda = (name, payload) -> new LambdaBackend.LambdaResponse.NotFound(name);
        ServiceIntegrations noServices = (s, a, p) -> {
            throw new ServiceIntegrations.ServiceIntegrationException("States.Runtime", "unused");
        };
        service = new StepFunctionsService(noLambda, noServices);
        server = new StepFunctionsHttpServer(service);
        server.start("127.0.0.1", 0);
        sfn = SfnClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
        service.close();
    }

    /** A state of the generated definition with its JSON pointer and the graph (scope) it belongs to. */
    record Located(String pointer, ObjectNode state, ObjectNode graph, String graphPointer) {}

    /** One way of breaking a state, and the fragment AWS's message must contain for it. */
    record Breakage(String name, Function<Located, String> apply) {}

    private static final List<Breakage> BREAKAGES = List.of(
            new Breakage("no Type", at -> {
                at.state().remove("Type");
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [Type] at " + at.pointer();
            }),
            new Breakage("unknown Type", at -> {
                at.state().put("Type", "Lambda");
                return "SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: ";
            }),
            new Breakage("Next names no state", at -> {
                if (!at.state().has("Next")) {
                    return null;
                }
                at.state().put("Next", "Nowhere");
                return "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at " + at.pointer() + "/Next";
            }),
            new Breakage("neither Next nor End", at -> {
                if (!at.state().has("Next") && !at.state().has("End")) {
                    return null;
                }
                at.state().remove(List.of("Next", "End"));
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [Next or End: true] at " + at.pointer();
            }),
            new Breakage("End is not a boolean", at -> {
                if (!at.state().has("End")) {
                    return null;
                }
                at.state().put("End", "true");
                return "The value for the field 'End' must be a BOOLEAN at " + at.pointer() + "/End";
            }),
            new Breakage("Task without Resource", at -> {
                if (!"Task".equals(at.state().path("Type").asText())) {
                    return null;
                }
                at.state().remove("Resource");
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at " + at.pointer();
            }),
            new Breakage("TimeoutSeconds is text", at -> {
                if (!"Task".equals(at.state().path("Type").asText())) {
                    return null;
                }
                at.state().put("TimeoutSeconds", "5");
                return "must be a POSITIVE_INTEGER at " + at.pointer() + "/TimeoutSeconds";
            }),
            new Breakage("Default names no state", at -> {
                if (!at.state().has("Default")) {
                    return null;
                }
                at.state().put("Default", "Nowhere");
                return "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at " + at.pointer() + "/Default";
            }),
            new Breakage("choice rule Next names no state", at -> {
                if (!at.state().has("Choices")) {
                    return null;
                }
                ((ObjectNode) at.state().get("Choices").get(0)).put("Next", "Nowhere");
                return "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at " + at.pointer() + "/Choices/0/Next";
            }),
            new Breakage("Choice without Choices", at -> {
                if (!at.state().has("Choices")) {
                    return null;
                }
                at.state().remove("Choices");
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [Choices] at " + at.pointer();
            }),
            new Breakage("catcher Next names no state", at -> {
                if (!at.state().has("Catch")) {
                    return null;
                }
                ((ObjectNode) at.state().get("Catch").get(0)).put("Next", "Nowhere");
                return "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at " + at.pointer() + "/Catch/0/Next";
            }),
            new Breakage("retrier without ErrorEquals", at -> {
                if (!at.state().has("Retry")) {
                    return null;
                }
                ((ObjectNode) at.state().get("Retry").get(0)).remove("ErrorEquals");
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [ErrorEquals] at " + at.pointer() + "/Retry/0";
            }),
            new Breakage("Parallel without branches", at -> {
                if (!at.state().has("Branches")) {
                    return null;
                }
                at.state().putArray("Branches");
                return "must be a non-empty ARRAY at " + at.pointer() + "/Branches";
            }),
            new Breakage("Map without processor", at -> {
                if (!"Map".equals(at.state().path("Type").asText())) {
                    return null;
                }
                at.state().remove(List.of("ItemProcessor", "Iterator"));
                return "SCHEMA_VALIDATION_FAILED: These fields are required: [ItemProcessor] at " + at.pointer();
            }),
            new Breakage("StartAt names no state", at -> {
                at.graph().put("StartAt", "Nowhere");
                return "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at " + at.graphPointer() + "/StartAt";
            }));

    @Test
    void brokenDefinitionsAreRejectedAtCreationNamingWhereTheyAreBroken() {
        int[] machines = {0};
        PropertyRunner.forAll("broken definitions are rejected at creation", TRIES, (random, size) -> {
            ObjectNode definition = new AslGenerator(random, size, random.nextBoolean()).definition();
            String name = "Generated" + (++machines[0]);
            try {
                sfn.createStateMachine(r -> r.name(name).definition(Json.write(definition))
                        .roleArn("arn:aws:iam::111111111111:role/sfn"));
            } catch (InvalidDefinitionException e) {
                return "the unbroken definition was refused: " + e.awsErrorDetails().errorMessage()
                        + "\n  definition: " + Json.write(definition);
            }
            List<Located> states = new ArrayList<>();
            collect(definition, "", states);
            Located target = states.get(random.nextInt(states.size()));
            String expected = null;
            Breakage breakage = null;
            for (int attempt = 0; attempt < 20 && expected == null; attempt++) {
                breakage = BREAKAGES.get(random.nextInt(BREAKAGES.size()));
                expected = breakage.apply().apply(target);
            }
            if (expected == null) {
                return null;
            }
            String broken = Json.write(definition);
            try {
                sfn.createStateMachine(r -> r.name(name + "Broken").definition(broken)
                        .roleArn("arn:aws:iam::111111111111:role/sfn"));
                return "accepted with " + breakage.name() + " at " + target.pointer() + "\n  definition: " + broken;
            } catch (InvalidDefinitionException e) {
                String message = e.awsErrorDetails().errorMessage();
                if (e.statusCode() != 400 || !"InvalidDefinition".equals(e.awsErrorDetails().errorCode())
                        || !message.startsWith("Invalid State Machine Definition: '") || !names(message, expected)) {
                    return breakage.name() + ": expected a 400 InvalidDefinition containing \"" + expected + "\", got "
                            + e.statusCode() + " " + e.awsErrorDetails().errorCode() + " " + message
                            + "\n  definition: " + broken;
                }
            }
            return null;
        });
    }

    /** The fragment occurs, and where it ends in a pointer, that pointer ends there (/States/S1 is not /States/S10). */
    private static boolean names(String message, String fragment) {
        return fragment.endsWith(" ") ? message.contains(fragment)
                : message.contains(fragment + "'") || message.contains(fragment + ", ");
    }

    private static void collect(ObjectNode graph, String graphPointer, List<Located> into) {
        for (Map.Entry<String, JsonNode> entry : graph.get("States").properties()) {
            ObjectNode state = (ObjectNode) entry.getValue();
            String pointer = graphPointer + "/States/" + entry.getKey();
            into.add(new Located(pointer, state, graph, graphPointer));
            if (state.get("Branches") instanceof ArrayNode branches) {
                for (int i = 0; i < branches.size(); i++) {
                    collect((ObjectNode) branches.get(i), pointer + "/Branches/" + i, into);
                }
            }
            for (String processor : List.of("ItemProcessor", "Iterator")) {
                if (state.get(processor) instanceof ObjectNode inner) {
                    collect(inner, pointer + "/" + processor, into);
                }
            }
        }
    }
}
