package app.orderdesk.localcloud.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceCase;
import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceRunner;
import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceRunner.Outcome;
import app.orderdesk.localcloud.stepfunctions.conformance.CorpusLocator;
import app.orderdesk.localcloud.stepfunctions.conformance.KnownFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the ASL conformance corpus as one dynamic test per case, named by the case id, so a regression
 * is a named red test. A case must match its recorded result (L1+L2: status, output, error, cause) and,
 * where the recording has one, its entered-state sequence (L3). The only exceptions are the cases in
 * the reviewed known-failures file, each with its reason; a listed case that passes fails the build
 * until it is removed from the list.
 */
class AslConformanceTest {

    /**
     * Features a JSONPath engine deliberately lacks. Cases using them are skipped (reported as such):
     * JSONata and variables are a different query language, callback/.sync patterns need a task token
     * service, and ItemReader/ResultWriter/ItemBatcher need S3. The visible corpus has none.
     */
    private static final List<String> OUT_OF_SCOPE_MARKERS = List.of(
            "\"QueryLanguage\":\"JSONata\"", "\"Assign\":", "\"ItemReader\":", "\"ResultWriter\":",
            "\"ItemBatcher\":", ".waitForTaskToken", ".sync\"");

    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();
    private static final AtomicInteger KNOWN = new AtomicInteger();
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static final AtomicInteger STATES_ASSERTED = new AtomicInteger();

    private static Map<String, String> knownFailures;
    private static List<ConformanceCase> cases;

    @BeforeAll
    static void loadCorpus() throws IOException {
        // Reset, so a second run of the class in the same JVM prints its own figures.
        Stream.of(PASSED, FAILED, KNOWN, SKIPPED, STATES_ASSERTED).forEach(counter -> counter.set(0));
        knownFailures = KnownFailures.load();
        cases = Files.readAllLines(CorpusLocator.casesFile()).stream()
                .filter(line -> !line.isBlank())
                .map(ConformanceCase::parse)
                .toList();
        TOTAL.set(cases.size());
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        DynamicTest listIsCurrent = DynamicTest.dynamicTest("known failures name only corpus cases", () ->
                assertThat(cases.stream().map(ConformanceCase::id).toList())
                        .as("ids in " + KnownFailures.RESOURCE)
                        .containsAll(knownFailures.keySet()));
        return Stream.concat(Stream.of(listIsCurrent),
                cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c))));
    }

    private static void check(ConformanceCase testCase) {
        if (outOfScope(testCase)) {
            SKIPPED.incrementAndGet();
            Assumptions.abort("uses a feature outside the JSONPath engine's scope");
        }
        Outcome outcome = ConformanceRunner.run(testCase);
        if (outcome.statesRecorded() && outcome.problem() == null) {
            STATES_ASSERTED.incrementAndGet();
        }
        String reason = knownFailures.get(testCase.id());
        if (outcome.passed()) {
            PASSED.incrementAndGet();
            if (reason != null) {
                fail(testCase.id() + " passes now: remove it from the known failures (" + KnownFailures.RESOURCE
                        + "; listed because: " + reason + ")");
            }
            return;
        }
        FAILED.incrementAndGet();
        String problem = outcome.problem() != null ? outcome.problem() : outcome.statesProblem();
        if (reason != null) {
            KNOWN.incrementAndGet();
            Assumptions.abort("known failure (" + reason + "): " + problem);
        }
        fail(testCase.id() + ": " + problem);
    }

    /** The one line docs/asl-interpreter.md quotes. */
    @AfterAll
    static void printSummary() {
        System.out.printf("asl-conformance: %d passed, %d failed, %d skipped of %d (%d known failures);"
                        + " entered-state sequences asserted: %d%n",
                PASSED.get(), FAILED.get(), SKIPPED.get(), TOTAL.get(), KNOWN.get(), STATES_ASSERTED.get());
    }

    private static boolean outOfScope(ConformanceCase testCase) {
        String definition = testCase.definition().toString();
        return OUT_OF_SCOPE_MARKERS.stream().anyMatch(definition::contains);
    }
}
