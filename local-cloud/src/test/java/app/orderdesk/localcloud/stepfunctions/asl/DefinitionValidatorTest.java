package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.conformance.ConformanceCase;
import app.orderdesk.localcloud.stepfunctions.conformance.CorpusLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CreateStateMachine checks: accepts what AWS accepted, rejects what AWS rejects, with AWS's wording. */
class DefinitionValidatorTest {

    @Test
    void acceptsEveryDefinitionAwsRanInTheConformanceCorpus() throws IOException {
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        int definitions = 0;
        for (String line : Files.readAllLines(CorpusLocator.casesFile())) {
            if (line.isBlank()) {
                continue;
            }
            ConformanceCase c = ConformanceCase.parse(line);
            definitions++;
            List<String> problems = DefinitionValidator.problems(c.definition());
            if (!problems.isEmpty()) {
                rejected.put(c.id(), problems);
            }
        }
        assertThat(definitions).isGreaterThan(500);
        assertThat(rejected).isEmpty();
    }

    @Test
    void acceptsTheOrderWorkflowAndTheTestResources() throws IOException {
        Path workflow = Path.of("").toAbsolutePath().getParent().resolve("infra/statemachine/order-workflow.asl.json");
        assertThat(DefinitionValidator.problems(Json.parse(Files.readString(workflow)))).isEmpty();
        assertThat(DefinitionValidator.problems(Json.parse(EngineHarness.resource("parallel.json")))).isEmpty();
    }

    /** AWS's answer to this definition, as recorded in LocalStack issue 11978. */
    @Test
    void reportsAMissingTargetAndTheStateItLeavesUnreachableAsAwsDoes() {
        String definition = """
                {"StartAt": "pass1", "States": {
                  "pass1": {"Type": "Pass", "Next": "pass3"},
                  "pass2": {"Type": "Pass", "End": true}}}""";
        assertThat(String.join(", ", DefinitionValidator.problems(Json.parse(definition)))).isEqualTo(
                "MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next, "
                        + "MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2");
    }

    @Test
    void aStartAtNamingNoStateLeavesEveryStateUnreachable() {
        assertThat(DefinitionValidator.problems(Json.parse("""
                {"StartAt": "run", "States": {"run_step": {"Type": "Succeed"}}}"""))).containsExactly(
                "MISSING_TRANSITION_TARGET: Missing 'Next' target: run at /StartAt",
                "MISSING_TRANSITION_TARGET: State \"run_step\" is not reachable. at /States/run_step");
    }

    @Test
    void checksTargetsInsideBranchesAgainstTheirOwnScope() {
        String definition = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "P"}}}]}}}""";
        assertThat(DefinitionValidator.problems(Json.parse(definition)))
                .containsExactly("MISSING_TRANSITION_TARGET: Missing 'Next' target: P at /States/P/Branches/0/States/A/Next");
    }

    @Test
    void namesMissingRequiredFieldsAndWrongTypes() {
        String definition = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "TimeoutSeconds": "ten", "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "NumericEquals": "1", "Next": "W"}], "Default": "Gone"},
                  "W": {"Type": "Wait", "End": "yes"},
                  "N": {"Comment": "no type"}}}""";
        assertThat(DefinitionValidator.problems(Json.parse(definition))).containsExactly(
                "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at /States/T",
                "SCHEMA_VALIDATION_FAILED: The value for the field 'TimeoutSeconds' must be a POSITIVE_INTEGER at /States/T/TimeoutSeconds",
                "SCHEMA_VALIDATION_FAILED: The value for the field 'NumericEquals' must be a NUMBER at /States/C/Choices/0/NumericEquals",
                "MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone at /States/C/Default",
                "SCHEMA_VALIDATION_FAILED: Exactly one of [Seconds, Timestamp, SecondsPath, TimestampPath] is required at /States/W",
                "SCHEMA_VALIDATION_FAILED: The value for the field 'End' must be a BOOLEAN at /States/W/End",
                "SCHEMA_VALIDATION_FAILED: These fields are required: [Type] at /States/N",
                "MISSING_TRANSITION_TARGET: State \"N\" is not reachable. at /States/N");
    }
}
