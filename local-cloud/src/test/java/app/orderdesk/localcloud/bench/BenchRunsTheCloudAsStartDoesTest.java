package app.orderdesk.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.emulators.RepositoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ADR 0069: `./desk bench` measures the local cloud with the JVM options `./desk start` gives it (C1 only, as the
 * template's JAVA_TOOL_OPTIONS run the functions in AWS); the bench at the JVM's defaults measured a cloud no user runs.
 */
class BenchRunsTheCloudAsStartDoesTest {

    private static final Path ROOT = RepositoryLayout.locate().root();

    @Test
    void theBenchAndTheStartRunTheCloudWithTheSameOptions() throws Exception {
        List<String> script = Files.readAllLines(ROOT.resolve("desk"));
        String cloudStart = script.stream().filter(line -> line.contains("app.orderdesk.localcloud.LocalCloudMain")).findFirst().orElseThrow();
        String benchStart = script.stream().filter(line -> line.contains("app.orderdesk.localcloud.bench.BenchMain")).findFirst().orElseThrow();
        assertThat(cloudStart).contains("\"${cloud_opts[@]}\"");
        assertThat(script).as("the start's options take the shared ones").anyMatch(line -> line.trim().equals("cloud_opts+=($(cloud_jit_opts))"));
        assertThat(benchStart).as("the bench's JVM").contains("$(cloud_jit_opts)");

        String defaults = script.stream().filter(line -> line.startsWith("cloud_jit_opts()")).findFirst().orElseThrow();
        Matcher option = Pattern.compile("ORDERDESK_CLOUD_JAVA_OPTS-([^}]+)}").matcher(defaults);
        assertThat(option.find()).as(defaults).isTrue();
        String template = Files.readString(ROOT.resolve("infra/template.yaml"));
        Matcher toolOptions = Pattern.compile("JAVA_TOOL_OPTIONS: \"([^\"]+)\"").matcher(template);
        assertThat(toolOptions.find()).isTrue();
        assertThat(toolOptions.group(1)).as("the functions in AWS compile as the local cloud does").contains(option.group(1));
    }

    @Test
    void theReportSaysWhichCompilersRan() {
        assertThat(BenchReport.jvmOptionsLine("-XX:TieredStopAtLevel=1")).contains("C1 only").doesNotContain("not the");
        assertThat(BenchReport.jvmOptionsLine("")).contains("the JVM's defaults").contains("not the ones a user meets");
    }
}
