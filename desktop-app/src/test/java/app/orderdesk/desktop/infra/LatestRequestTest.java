package app.orderdesk.desktop.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.fakes.HeldExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latest request wins: older answers that arrive late are dropped, whatever order they come in. */
class LatestRequestTest {

    private final HeldExecutor executor = new HeldExecutor();
    private final LatestRequest latest = new LatestRequest(executor);
    private final List<String> shown = new ArrayList<>();

    @Test
    void anOlderAnswerArrivingAfterTheNewerOneIsIgnored() {
        latest.submit(() -> "first", shown::add, failure -> shown.add("failed"));
        latest.submit(() -> "second", shown::add, failure -> shown.add("failed"));

        executor.release(1); // the newer answers first
        executor.release(0); // then the stale one

        assertThat(shown).containsExactly("second");
    }

    @Test
    void aStaleFailureIsIgnoredToo() {
        latest.<String>submit(() -> {
            throw new IllegalStateException("old trouble");
        }, shown::add, failure -> shown.add(failure.getMessage()));
        latest.submit(() -> "fresh", shown::add, failure -> shown.add(failure.getMessage()));

        executor.release(1);
        executor.release(0);

        assertThat(shown).containsExactly("fresh");
    }

    @Test
    void nothingArrivesAfterCancel() {
        latest.submit(() -> "late", shown::add, failure -> shown.add("failed"));
        latest.schedule(Duration.ofSeconds(1), () -> shown.add("scheduled"));
        latest.cancel();

        executor.release(0);
        executor.release(0);

        assertThat(shown).isEmpty();
    }

    @Test
    void aScheduledActionRunsOnlyIfNothingNewerCameMeanwhile() {
        latest.schedule(Duration.ofSeconds(1), () -> shown.add("old poll"));
        latest.submit(() -> "newer", shown::add, failure -> shown.add("failed"));
        executor.release(0);
        assertThat(shown).isEmpty();

        latest.schedule(Duration.ofSeconds(1), () -> shown.add("next poll"));
        executor.release(1);
        executor.release(0);
        assertThat(shown).containsExactly("next poll");
    }
}
