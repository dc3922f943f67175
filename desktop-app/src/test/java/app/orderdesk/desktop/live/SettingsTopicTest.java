package app.orderdesk.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.StoreSettingsView;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeSocket;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.order.DraftLine;
import app.orderdesk.desktop.order.StoreTax;
import app.orderdesk.desktop.settings.StoreSettingsFollower;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * h-x: every signed-in desk follows the {@code settings} topic; a manager's save on another desk reaches
 * this desk's order form (its tax rates) without signing in again. Sockets are fakes at the connector.
 */
class SettingsTopicTest {

    private final FakeApiClient api = new FakeApiClient();
    private final NowExecutor executor = new NowExecutor();
    private final List<FakeSocket> sockets = new ArrayList<>();
    private final LiveUpdates live = new LiveUpdates((url, listener) -> {
        FakeSocket socket = new FakeSocket(listener);
        sockets.add(socket);
        return socket;
    }, "ws://127.0.0.1:1/v1", () -> "token", executor);
    private final AtomicReference<StoreTax> formTax = new AtomicReference<>(StoreTax.NONE);
    private final StoreSettingsFollower follower = new StoreSettingsFollower(api, executor, s -> formTax.set(StoreTax.of(s)));

    @Test
    void everyScreenFollowsTheSettingsTopic() {
        for (String screen : new String[] {null, "placeOrderTab", "ordersTab", "inventoryTab", "dashboardTab"}) {
            assertThat(ScreenTopics.of(screen)).as(screen).contains("settings");
        }
        assertThat(ScreenTopics.of("dashboardTab")).containsExactlyInAnyOrder("orders", "stock", "settings");
        assertThat(ScreenTopics.of("placeOrderTab")).containsExactlyInAnyOrder("stock", "settings"); // the lines' stock left
        assertThat(ScreenTopics.of("ordersTab")).containsExactlyInAnyOrder("orders", "settings"); // ADR 0089: today's list
        live.showTopics(ScreenTopics.of("customersTab"));
        live.start();
        assertThat(sockets.getFirst().sent).containsExactly("{\"action\":\"subscribe\",\"type\":null,\"orders\":[],\"topics\":[\"settings\"]}");
    }

    @Test
    void aPushedSettingsSaveReloadsTheRatesTheOrderFormUses() {
        live.addListener(follower);
        live.showTopics(ScreenTopics.of("placeOrderTab"));
        live.start();
        follower.reload(); // sign-in: food at the default 19 %
        api.storeSettingsView = settings(Map.of());
        follower.reload();
        DraftLine food = new DraftLine(FakeApiClient.TEA, 2); // 2 × 4.99, category food
        assertThat(formTax.get().totalsOf(List.of(food)).taxByRate()).singleElement()
                .satisfies(g -> assertThat(g.rateBasisPoints()).isEqualTo(1900));

        api.storeSettingsView = settings(Map.of("food", 700)); // another desk's manager saves a food rate
        sockets.getFirst().receive("{\"type\":\"SETTINGS\",\"at\":\"2026-11-29T10:00:00Z\"}");

        var totals = formTax.get().totalsOf(List.of(food));
        assertThat(totals.taxByRate()).singleElement().satisfies(g -> {
            assertThat(g.rateBasisPoints()).isEqualTo(700);
            assertThat(g.taxCents()).isEqualTo(65); // 998 × 700 / 10700 = 65.29 → 65
        });
        assertThat(totals.subtotalCents() + 65).isEqualTo(998);
    }

    @Test
    void theFirstTopicsAnswerOfAConnectionReadsTheSettingsOnceMissedPushesCannotHide() {
        live.addListener(follower);
        live.start();
        api.storeSettingsView = settings(Map.of("food", 500));
        FakeSocket socket = sockets.getFirst();

        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[],\"topics\":[\"settings\"]}");
        assertThat(formTax.get().categoryRates()).containsEntry("food", 500);

        api.storeSettingsView = settings(Map.of("food", 600));
        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[],\"topics\":[\"stock\"]}");
        assertThat(formTax.get().categoryRates()).as("no read per tab change").containsEntry("food", 500);

        follower.connectionLost();
        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[],\"topics\":[\"settings\"]}");
        assertThat(formTax.get().categoryRates()).containsEntry("food", 600);
    }

    @Test
    void otherUpdatesDoNotReadTheSettings() {
        int[] reads = {0};
        StoreSettingsFollower counting = new StoreSettingsFollower(new app.orderdesk.desktop.client.StoreSettingsApi() {
            @Override public StoreSettingsView storeSettings() {
                reads[0]++;
                return settings(Map.of());
            }

            @Override public StoreSettingsView saveStoreSettings(app.orderdesk.api.StoreSettingsRequest request, String ifMatch) {
                throw new UnsupportedOperationException();
            }
        }, executor, s -> { });
        counting.accept(LiveUpdate.stock("p-1", java.time.Instant.now()));
        counting.accept(new LiveUpdate("SUBSCRIBED", "o-1", null, null, null));
        assertThat(reads[0]).isZero();
        counting.accept(LiveUpdate.settings(java.time.Instant.now()));
        assertThat(reads[0]).isEqualTo(1);
    }

    private static StoreSettingsView settings(Map<String, Integer> rates) {
        return new StoreSettingsView("Order Desk", "", "", "", "", 1900, "EUR", "de-DE", "Europe/Berlin", "", null, null, null, rates);
    }

    private static final class NowExecutor implements BackgroundExecutor {
        @Override
        public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            return SameThreadExecutor.runNow(work, onSuccess, onFailure);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            if (delay.isZero()) {
                action.run();
            }
            return Cancellable.NONE;
        }
    }
}
