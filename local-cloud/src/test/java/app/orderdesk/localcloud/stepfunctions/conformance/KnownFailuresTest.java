package app.orderdesk.localcloud.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KnownFailuresTest {

    @Test
    void readsIdsWithTheirReasonsAndSkipsComments() {
        assertThat(KnownFailures.parse("# header\n\na/b#0\tAWS wording differs\n"))
                .containsExactly(java.util.Map.entry("a/b#0", "AWS wording differs"));
    }

    @Test
    void anEntryWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> KnownFailures.parse("a/b#0\n")).hasMessageContaining("has no reason");
        assertThatThrownBy(() -> KnownFailures.parse("a/b#0\t  \n")).hasMessageContaining("has no reason");
    }

    @Test
    void anEntryListedTwiceIsRejected() {
        assertThatThrownBy(() -> KnownFailures.parse("a/b#0\tone\na/b#0\ttwo\n")).hasMessageContaining("listed twice");
    }
}
