package app.orderdesk.localcloud.stepfunctions.bench;

import app.orderdesk.localcloud.stepfunctions.asl.AslEngine;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionResult;
import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.runtime.ExecutionIdentity;
import app.orderdesk.localcloud.stepfunctions.integration.LambdaBackend;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microseconds per state transition of our ASL interpreter, warm and in process, on the counter loop
 * of {@code local-cloud/bench/asl/} (Init, 5 x (Pass with States.MathAdd, Choice), Succeed: 12
 * transitions), with the production settings (wall clock, concurrent branch scheduler, history kept).
 * The peer (aws-local-stepfunctions) runs the same files in {@code local-cloud/bench/asl-peer}; run both
 * side by side with {@code local-cloud/bench/asl-bench.sh}. A measurement, never an assertion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class AslTransitionBenchmark {

    static final int TRANSITIONS = 12;

    private AslEngine engine;
    private JsonNode definition;
    private JsonNode input;
    private int runs;

    @Setup
    public void load() {
        Path dir = benchDir();
        definition = Json.parse(read(dir.resolve("counter-loop.asl.json")));
        input = Json.parse(read(dir.resolve("counter-loop.input.json")));
        LambdaBackend noLambda = (function, payload) -> {
            throw new IllegalStateException("the benchmark definition calls no function");
        };
        ServiceIntegrations noServices = (service, action, parameters) -> {
            throw new IllegalStateException("the benchmark definition calls no service");
        };
        engine = AslEngine.create(noLambda, noServices);
        ExecutionResult result = run();
        if (result.status() != ExecutionStatus.SUCCEEDED || result.output().path("count").asInt() != input.path("limit").asInt()) {
            throw new IllegalStateException("the benchmark definition did not count to the limit: " + result);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TRANSITIONS)
    public ExecutionResult counterLoop() {
        return run();
    }

    private ExecutionResult run() {
        String arn = "arn:aws:states:us-east-1:111111111111:";
        String name = "bench-" + (runs++);
        ExecutionIdentity identity = new ExecutionIdentity(arn + "execution:Bench:" + name, name, arn + "stateMachine:Bench",
                "Bench", "arn:aws:iam::111111111111:role/Bench", Instant.now());
        return engine.newExecution(definition, input, identity).run();
    }

    /** {@code local-cloud/bench/asl}, found from the working directory (repository root or local-cloud). */
    private static Path benchDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("local-cloud/bench/asl"), dir.resolve("bench/asl")}) {
                if (Files.isRegularFile(candidate.resolve("counter-loop.asl.json"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("local-cloud/bench/asl not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
