package app.orderdesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.ManualExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 32's audit: a failed read of the settings at sign-in left the desk in its defaults (en-US, USD, this PC's
 * zone, no tax) for the whole session without a word, and nothing read again when live updates were off.
 */
class StoreSettingsFollowerTest {

    private final FakeApiClient api = new FakeApiClient();
    private final ManualExecutor executor = new ManualExecutor();
    private final List<StoreSettingsView> applied = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final StoreSettingsFollower follower = new StoreSettingsFollower(api, executor, applied::add);

    @Test
    void aFailedFirstReadIsSaidOnceAndReadAgainUntilItArrives() {
        follower.onNeverRead(notices::add);
        api.failEverything = new ConnectionUnavailableException("Cannot reach the server", null);

        follower.reload();
        executor.tick();
        executor.tick();

        assertThat(notices).as("said once, with the reason").singleElement().asString().isNotBlank();
        assertThat(executor.delays).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(applied).isEmpty();

        api.failEverything = null;
        executor.tick();

        assertThat(applied).singleElement().extracting(StoreSettingsView::name).isEqualTo("Order Desk");
        assertThat(executor.pending()).as("read: no more retries").isZero();
    }

    @Test
    void aLaterFailedReadIsTriedAgainWithoutANoticeAndSigningOutStopsIt() {
        follower.onNeverRead(notices::add);
        follower.reload();
        assertThat(applied).hasSize(1);

        api.failEverything = new ConnectionUnavailableException("Cannot reach the server", null);
        follower.reload(); // a pushed save, read while the API is away
        assertThat(notices).as("the desk has the settings: nothing to warn about").isEmpty();
        assertThat(executor.pending()).isEqualTo(1);

        follower.close();
        assertThat(executor.pending()).as("signed out: the retry is dropped").isZero();
        follower.reload();
        assertThat(executor.pending()).isZero();
    }
}
