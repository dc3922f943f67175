package app.orderdesk.localcloud.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceCase;
import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceRunner;
import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceRunner.Outcome;
import app.orderdesk.localcloud.stepfunctions.conformance.CorpusLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole ASL conformance corpus in one test: one summary line, failures grouped by tag, and a
 * single pass-rate assertion, so an individual regression is reported without breaking the build.
 */
class AslConformanceTest {

    /** The L1+L2 pass rate the engine must keep. */
    private static final double REQUIRED_PASS_RATE = 0.97;

    /**
     * Features a JSONPath engine deliberately lacks. Cases using them are skipped and excluded from the
     * rate: JSONata and variables are a different query language, callback/.sync patterns need a task
     * token service, and ItemReader/ResultWriter/ItemBatcher need S3. The visible corpus has none.
     */
    private static final List<String> OUT_OF_SCOPE_MARKERS = List.of(
            "\"QueryLanguage\":\"JSONata\"", "\"Assign\":", "\"ItemReader\":", "\"ResultWriter\":",
            "\"ItemBatcher\":", ".waitForTaskToken", ".sync\"");

    @Test
    void enginePassesTheConformanceCorpus() throws IOException {
        Path cases = CorpusLocator.casesFile();
        List<String> lines = Files.readAllLines(cases).stream().filter(l -> !l.isBlank()).toList();
        int passed = 0;
        int skipped = 0;
        int statesRecorded = 0;
        int statesMatched = 0;
        List<Outcome> failures = new ArrayList<>();
        for (String line : lines) {
            ConformanceCase testCase = ConformanceCase.parse(line);
            if (outOfScope(testCase)) {
                skipped++;
                continue;
            }
            Outcome outcome = ConformanceRunner.run(testCase);
            if (outcome.passed()) {
                passed++;
            } else {
                failures.add(outcome);
            }
            if (outcome.statesMatch() != null) {
                statesRecorded++;
                statesMatched += outcome.statesMatch() ? 1 : 0;
            }
        }
        int total = lines.size();
        System.out.printf("asl-conformance: %d passed, %d failed, %d skipped of %d%n", passed, failures.size(), skipped, total);
        System.out.printf("asl-conformance L3 (entered states, informational): %d of %d recorded sequences match%n",
                statesMatched, statesRecorded);
        printFailuresByTag(failures);
        double rate = (double) passed / Math.max(1, total - skipped);
        assertThat(rate).as("L1+L2 conformance pass rate").isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
    }

    private static boolean outOfScope(ConformanceCase testCase) {
        String definition = testCase.definition().toString();
        return OUT_OF_SCOPE_MARKERS.stream().anyMatch(definition::contains);
    }

    private static void printFailuresByTag(List<Outcome> failures) {
        Map<String, List<Outcome>> byTag = new TreeMap<>();
        for (Outcome failure : failures) {
            for (String tag : failure.testCase().tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(failure);
            }
        }
        byTag.forEach((tag, outcomes) -> System.out.printf("  [%s] %d failing%n", tag, outcomes.size()));
        for (Outcome failure : failures) {
            System.out.printf("  FAIL %s: %s%n", failure.testCase().id(), failure.problem());
        }
    }
}
