package app.orderdesk.localcloud.lambda;

import app.orderdesk.localcloud.deploy.FunctionEnvironments;
import app.orderdesk.localcloud.deploy.IntrinsicResolver;
import app.orderdesk.localcloud.deploy.LocalResourceNames;
import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.deploy.TemplateCopies;
import app.orderdesk.localcloud.deploy.TemplateFunctions;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable a handler reads is set for that function: each function of the
 * template is built from the deployment artifact in its own class loader with ONLY what Lambda would
 * give it (its template environment + the runtime's variables; no endpoints, no AWS calls), and a
 * variable it needs but its template entry lacks is named with the function.
 */
class FunctionEnvironmentCheckTest {

    /** Read by design without being set in AWS (besides the endpoint overrides): SnapStart gives no static session token. */
    private static final Set<String> OPTIONAL_BY_DESIGN = Set.of("AWS_SESSION_TOKEN");

    /**
     * Builds shared by both tests: a build's outcome depends only on its inputs, and the template with one variable
     * dropped differs from the real one in a single function, so the second check builds that one alone (it built
     * all 39 twice, 72 s of the module's time).
     */
    private static final Map<BuildInputs, BuildOutcome> BUILDS = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void everyFunctionOfTheTemplateHasEveryVariableItsHandlerReads() {
        List<String> problems = check(TemplateCopies.real(), true);
        assertThat(problems).as("variables read but not set").isEmpty();
    }

    @Test
    void aVariableDroppedFromOneFunctionIsNamedWithThatFunction() {
        List<String> problems = check(TemplateCopies.withoutVariable("PlaceOrderFunction", "ORDER_WORKFLOW_ARN"), false);
        assertThat(problems).containsExactly("PlaceOrderFunction reads ORDER_WORKFLOW_ARN, which its template entry does not set");
    }

    private static List<String> check(SamTemplate template, boolean printFigures) {
        TemplateFunctions functions = new TemplateFunctions(template);
        IntrinsicResolver resolver = new IntrinsicResolver(template, placeholderNames(template));
        List<String> problems = new ArrayList<>();
        List<Long> buildMillis = new ArrayList<>();
        for (FunctionDefinition function : functions.definitions()) {
            Map<String, String> environment = new LinkedHashMap<>(functions.environment(function.name(), resolver));
            environment.putAll(FunctionEnvironments.runtimeVariables(function));
            BuildInputs inputs = new BuildInputs(function, functions.codeUri(function.name()), Map.copyOf(environment));
            BuildOutcome outcome = BUILDS.computeIfAbsent(inputs, FunctionEnvironmentCheckTest::build);
            problems.addAll(outcome.problems());
            if (outcome.millis() >= 0) {
                buildMillis.add(outcome.millis());
            }
        }
        if (printFigures && !buildMillis.isEmpty()) {
            List<Long> sorted = buildMillis.stream().sorted().toList();
            System.out.println("cold start, handler built in its own class loader from the artifact: " + sorted.size() + " functions, first "
                    + buildMillis.get(0) + " ms, median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms");
        }
        return problems;
    }

    /**
     * Builds one function's handler from the artifact, in its own class loader, with only {@code inputs}' environment;
     * the problems it showed (none when it was built) and how long the build took (-1 when it failed).
     */
    private static BuildOutcome build(BuildInputs inputs) {
        FunctionDefinition function = inputs.function();
        RecordingEnvironment recording = new RecordingEnvironment(inputs.environment());
        LambdaArtifact artifact = LambdaArtifact.unpack(inputs.codeUri());
        long started = System.nanoTime();
        try (FunctionClassLoader loader = new FunctionClassLoader(function.name(), artifact.classPath(), recording)) {
            Thread.currentThread().setContextClassLoader(loader);
            Class.forName(function.handlerClass(), true, loader).getDeclaredConstructor().newInstance();
            return new BuildOutcome(List.of(), (System.nanoTime() - started) / 1_000_000);
        } catch (ReflectiveOperationException | LinkageError | java.io.IOException failed) {
            List<String> problems = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>(recording.missing);
            missing.removeIf(name -> name.startsWith("AWS_ENDPOINT_URL") || OPTIONAL_BY_DESIGN.contains(name));
            if (missing.isEmpty()) {
                problems.add(function.name() + " could not be built: " + rootCause(failed));
            }
            missing.forEach(name -> problems.add(function.name() + " reads " + name + ", which its template entry does not set"));
            return new BuildOutcome(List.copyOf(problems), -1);
        } finally {
            Thread.currentThread().setContextClassLoader(FunctionEnvironmentCheckTest.class.getClassLoader());
        }
    }

    /** Everything a handler's build depends on: the same inputs build the same way, so each is built once per JVM. */
    private record BuildInputs(FunctionDefinition function, java.nio.file.Path codeUri, Map<String, String> environment) {
    }

    private record BuildOutcome(List<String> problems, long millis) {
    }

    private static String rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** Every resource gets a placeholder name and ARN: building a handler reads names, it does not call AWS. */
    private static LocalResourceNames placeholderNames(SamTemplate template) {
        LocalResourceNames names = new LocalResourceNames();
        for (String type : List.of("AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::SNS::Topic", "AWS::SQS::Queue",
                "AWS::Serverless::StateMachine", "AWS::Cognito::UserPool", "AWS::Serverless::Api", "AWS::Serverless::Function",
                "AWS::Cognito::UserPoolClient", "AWS::ApiGatewayV2::Api")) {
            template.resourcesOfType(type).keySet().forEach(id -> names.register(id, "local-" + id,
                    Map.of("Arn", "arn:aws:local:us-east-1:111111111111:" + id, "Name", id,
                            "ProviderURL", "https://cognito-idp.us-east-1.amazonaws.com/local-" + id)));
        }
        return names;
    }

    /** The function's environment, remembering every name read that it does not hold. */
    private static final class RecordingEnvironment extends AbstractMap<String, String> {
        private final Map<String, String> variables;
        final Set<String> missing = Collections.synchronizedSet(new LinkedHashSet<>());

        RecordingEnvironment(Map<String, String> variables) {
            this.variables = Map.copyOf(variables);
        }

        @Override
        public String get(Object name) {
            String value = variables.get(name);
            if (value == null) {
                missing.add(String.valueOf(name));
            }
            return value;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return variables.entrySet();
        }
    }
}
