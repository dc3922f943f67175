package app.orderdesk.backend.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceHeaderTest {

    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";

    @Test
    void theFieldsAreTakenWhereverTheyStandInTheHeader() {
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1"))
                .contains(new TraceHeader(ROOT, "53995c3f42cd8ad8", true));
        assertThat(TraceHeader.parse("Sampled=1;Parent=53995c3f42cd8ad8;Root=" + ROOT))
                .contains(new TraceHeader(ROOT, "53995c3f42cd8ad8", true));
        assertThat(TraceHeader.parse("Parent=53995c3f42cd8ad8; Root=" + ROOT + " ;Lineage=a87bd80c:1;Sampled=0"))
                .contains(new TraceHeader(ROOT, "53995c3f42cd8ad8", false));
    }

    @Test
    void onlyARecordedTraceWithItsSegmentTakesSubsegments() {
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1").orElseThrow().recordsSubsegments()).isTrue();
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=0").orElseThrow().recordsSubsegments()).isFalse();
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=?").orElseThrow().recordsSubsegments()).isFalse();
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8").orElseThrow().recordsSubsegments()).isFalse();
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Sampled=1").orElseThrow().recordsSubsegments()).isFalse();
    }

    @Test
    void aHeaderWithoutAWellFormedRootNamesNoTrace() {
        assertThat(TraceHeader.parse(null)).isEmpty();
        assertThat(TraceHeader.parse("")).isEmpty();
        assertThat(TraceHeader.parse("Parent=53995c3f42cd8ad8;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse("Root=1-5759e988-bd862e3f;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse("Root=" + ROOT + "\"}, \"x\": \"y")).isEmpty();
        assertThat(TraceHeader.parse("NotRoot=" + ROOT)).isEmpty();
        assertThat(TraceHeader.parse("Root=" + ROOT + ";" + "x".repeat(2000))).isEmpty();
    }
}
