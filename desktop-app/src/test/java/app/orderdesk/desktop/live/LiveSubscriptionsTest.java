package app.orderdesk.desktop.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.LiveSubscription;
import app.orderdesk.api.LiveUpdate;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeSocket;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.Cancellable;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import app.orderdesk.desktop.order.OrderTrackingViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The desk tells the server what it shows (ADR 0033): the orders its screens follow and
 * the shown screen's topics, sent as they change and all again after a reconnect; tracking reads the
 * order only once the server answered its subscribe. Sockets are fakes at the connector; no timing.
 */
class LiveSubscriptionsTest {

    private final ZeroDelayNowExecutor executor = new ZeroDelayNowExecutor();
    private final List<FakeSocket> sockets = new ArrayList<>();
    private final LiveUpdates live = new LiveUpdates((url, listener) -> {
        FakeSocket socket = new FakeSocket(listener);
        sockets.add(socket);
        return socket;
    }, "ws://127.0.0.1:1/v1", () -> "token", executor);

    @Test
    void followedOrdersAndShownTopicsAreSubscribedAsTheyChangeAndAllAgainAfterAReconnect() {
        live.follow("o-1"); // before the socket is open: nothing sent, the set remembered
        live.start();
        FakeSocket first = sockets.getFirst();
        assertThat(first.sent).containsExactly("{\"action\":\"subscribe\",\"type\":null,\"orders\":[\"o-1\"],\"topics\":[]}");

        live.follow("o-1"); // a second screen on the same order: already subscribed
        live.follow("o-2");
        live.showTopics(Set.of("orders", "stock"));
        live.showTopics(Set.of("stock"));
        live.unfollow("o-1"); // one screen still follows it
        assertThat(first.sent).hasSize(4).endsWith(
                "{\"action\":\"subscribe\",\"type\":null,\"orders\":[\"o-2\"],\"topics\":[]}",
                "{\"action\":\"subscribe\",\"type\":null,\"orders\":[],\"topics\":[\"orders\",\"stock\"]}",
                "{\"action\":\"unsubscribe\",\"type\":null,\"orders\":[],\"topics\":[\"orders\"]}");
        live.unfollow("o-1");
        assertThat(first.sent.getLast()).isEqualTo("{\"action\":\"unsubscribe\",\"type\":null,\"orders\":[\"o-1\"],\"topics\":[]}");

        first.listener.onClose(first, 1006, "dropped");
        assertThat(live.isLive()).isFalse();
        executor.runDelayed(LiveUpdates.FIRST_RETRY); // the reconnect after the first pause
        FakeSocket second = sockets.get(1);
        assertThat(second.sent).containsExactly(
                "{\"action\":\"subscribe\",\"type\":null,\"orders\":[\"o-2\"],\"topics\":[]}",
                "{\"action\":\"subscribe\",\"type\":null,\"orders\":[],\"topics\":[\"stock\"]}");
    }

    @Test
    void theServersAnswerReachesTheListenersAsOneSubscribedUpdatePerOrder() {
        List<LiveUpdate> seen = new ArrayList<>();
        live.addListener(seen::add);
        live.start();
        FakeSocket socket = sockets.getFirst();

        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[\"o-1\",\"o-2\"],\"topics\":[\"stock\"]}");
        socket.receive("{\"action\":\"unsubscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[\"o-3\"],\"topics\":[]}");
        socket.receive("{\"code\":\"VALIDATION_FAILED\",\"message\":\"bad\",\"details\":[]}");
        socket.receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-1\",\"status\":\"PAID\",\"at\":\"2026-11-29T06:00:00Z\"}");

        assertThat(seen).extracting(LiveUpdate::type, LiveUpdate::orderId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LiveSubscription.SUBSCRIBED, "o-1"),
                org.assertj.core.groups.Tuple.tuple(LiveSubscription.SUBSCRIBED, "o-2"),
                org.assertj.core.groups.Tuple.tuple(LiveSubscription.SUBSCRIBED, null),
                org.assertj.core.groups.Tuple.tuple(LiveUpdate.ORDER_STATUS, "o-1"));
    }

    @Test
    void followingAnotherUsersOrderSubscribesFirstAndReadsItOnlyWhenTheServerAnswered() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.addAll(List.of(OrderStatus.RESERVED, OrderStatus.RESERVED));
        OrderTrackingViewModel tracking = new OrderTrackingViewModel(api, executor, pdf -> null);
        tracking.useLiveUpdates(live);
        live.start();
        FakeSocket socket = sockets.getFirst();

        tracking.follow("o-7"); // the detail of an order placed elsewhere (h-v: own orders need no subscription)
        assertThat(socket.sent).containsExactly("{\"action\":\"subscribe\",\"type\":null,\"orders\":[\"o-7\"],\"topics\":[]}");
        assertThat(api.orderCalls).as("no read before the subscription is stored").isZero();
        assertThat(executor.delays).as("only a fallback read if the answer is slow").contains(OrderTrackingViewModel.SUBSCRIBE_ANSWER_WAIT);

        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[\"o-7\"],\"topics\":[]}");
        assertThat(api.orderCalls).as("read once the server answered").isEqualTo(1);
        assertThat(executor.runDelayed(OrderTrackingViewModel.SUBSCRIBE_ANSWER_WAIT)).as("the fallback read was cancelled").isZero();

        tracking.refresh(); // the same order: stays subscribed (an unsubscribe and subscribe could cross), read at once
        assertThat(api.orderCalls).isEqualTo(2);
        tracking.clear();
        assertThat(socket.sent).hasSize(2).last().isEqualTo("{\"action\":\"unsubscribe\",\"type\":null,\"orders\":[\"o-7\"],\"topics\":[]}");
    }

    /**
     * Audit, session 33: once an order was final its detail dropped every push, so a refund or a payment recorded on
     * another desk (bare pushes) left it saying "Completed" with Refund offering what was refunded already.
     */
    @Test
    void aChangeToAFinalOrderIsReadAgainWithoutFetchingItsReceiptAgain() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.addAll(List.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED));
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        tracking.follow("o-7");
        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[\"o-7\"],\"topics\":[]}");
        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(tracking.pollingProperty().get()).as("final: nothing more to follow").isFalse();
        int receipts = api.receiptCalls;

        socket.receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-7\",\"status\":\"PARTIALLY_REFUNDED\",\"at\":\"" + T0 + "\"}");
        socket.receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-7\",\"status\":\"PARTIALLY_REFUNDED\",\"at\":\"" + T0 + "\"}");
        executor.runDelayed(OrderTrackingViewModel.PUSH_SETTLE);

        assertThat(api.orderCalls).as("read again once, after the burst").isEqualTo(2);
        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(tracking.orderProperty().get().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(api.receiptCalls).as("the receipt shown already is not fetched again").isEqualTo(receipts);
        assertThat(tracking.pollingProperty().get()).isFalse();
    }

    /** Audit, session 33: every push rebuilt the order without how it is paid: "(pay on delivery)" and its button went. */
    @Test
    void aPushKeepsHowTheOrderIsPaid() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.add(OrderStatus.RESERVED);
        api.orderPaymentMethod = app.orderdesk.api.PaymentMethod.ON_DELIVERY;
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        tracking.follow("o-7");
        socket.receive("{\"action\":\"subscribe\",\"type\":\"SUBSCRIBED\",\"orders\":[\"o-7\"],\"topics\":[]}");
        assertThat(tracking.orderProperty().get().paymentMethod()).isEqualTo(app.orderdesk.api.PaymentMethod.ON_DELIVERY);

        socket.receive(pushed("o-7", "FULFILLED", 30, "FulfillOrder", false));

        assertThat(tracking.orderProperty().get().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(tracking.orderProperty().get().paymentMethod()).isEqualTo(app.orderdesk.api.PaymentMethod.ON_DELIVERY);
    }

    // --- h-v: pushes carry the change; the desk's own orders come on its user's topic ---

    private static final java.time.Instant T0 = java.time.Instant.parse("2026-11-29T10:00:00Z");

    private static String pushed(String orderId, String status, int ms, String step, boolean receipt) {
        java.time.Instant at = T0.plusMillis(ms);
        String steps = step == null ? "[]" : "[{\"name\":\"" + step + "\",\"status\":\"SUCCEEDED\",\"startedAt\":\""
                + at.minusMillis(5) + "\",\"endedAt\":\"" + at + "\",\"durationMs\":5,\"attempts\":1}]";
        return "{\"type\":\"ORDER_STATUS\",\"orderId\":\"" + orderId + "\",\"status\":\"" + status + "\",\"at\":\"" + at
                + "\",\"updatedAt\":\"" + at + "\",\"steps\":" + steps + ",\"receiptAvailable\":" + receipt + "}";
    }

    private OrderTrackingViewModel liveTracking(FakeApiClient api) {
        return followingLiveUpdates(new OrderTrackingViewModel(api, executor, pdf -> null));
    }

    private OrderTrackingViewModel followingLiveUpdates(OrderTrackingViewModel tracking) {
        tracking.useLiveUpdates(live);
        live.start();
        return tracking;
    }

    @Test
    void aPlacedOrderIsShownFromItsPushesWithoutASubscriptionOrAnyRead() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();

        tracking.track(new PlaceOrderResponse("o-8", "OD-8", OrderStatus.RECEIVED));
        socket.receive(pushed("o-8", "RESERVED", 10, "ReserveStock", false));
        socket.receive(pushed("o-8", "PAID", 20, "ProcessPayment", false));
        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PAID);
        socket.receive(pushed("o-8", "FULFILLED", 30, "FulfillOrder", false));
        socket.receive(pushed("o-8", "RECEIPT_READY", 40, "GenerateReceipt", true));
        socket.receive(pushed("o-8", "COMPLETED", 50, "SendReceiptEmail", true));

        assertThat(socket.sent).as("no subscription: the user's topic brings the order").isEmpty();
        assertThat(api.orderCalls).as("no read of the order or its timeline").isZero();
        assertThat(tracking.steps()).extracting(app.orderdesk.api.TimelineStep::name)
                .containsExactly("ReserveStock", "ProcessPayment", "FulfillOrder", "GenerateReceipt", "SendReceiptEmail");
        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(tracking.pollingProperty().get()).isFalse();
        assertThat(api.receiptCalls).as("the receipt is fetched at once").isEqualTo(1);
        assertThat(executor.runDelayed(live.pollInterval())).as("no slow poll left").isZero();
    }

    /**
     * Walked under Xvfb, session 19: a card the payment service kept failing showed "Release the stock" above the
     * "Charge the card" that failed. ReleaseStock records the failed step, which has no start of its own, with its own
     * change; sorted by start with the startless last, it went below the release it caused.
     */
    @Test
    void aFailedStepPushedWithItsCompensationStaysAboveIt() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        tracking.track(new PlaceOrderResponse("o-9", "OD-9", OrderStatus.RECEIVED));
        socket.receive(pushed("o-9", "RESERVED", 10, "ReserveStock", false));

        java.time.Instant caught = T0.plusMillis(3_000); // the payment retried for 3 s, then the Catch entered ReleaseStock
        socket.receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-9\",\"status\":\"FAILED\",\"at\":\"" + caught.plusMillis(280)
                + "\",\"updatedAt\":\"" + caught.plusMillis(280) + "\",\"steps\":["
                + "{\"name\":\"ProcessPayment\",\"status\":\"FAILED\",\"endedAt\":\"" + caught + "\",\"attempts\":1,"
                + "\"error\":\"PaymentProcessingException\",\"cause\":\"kept failing\"},"
                + "{\"name\":\"ReleaseStock\",\"status\":\"SUCCEEDED\",\"startedAt\":\"" + caught + "\",\"endedAt\":\""
                + caught.plusMillis(280) + "\",\"durationMs\":280,\"attempts\":1}],\"receiptAvailable\":false}");

        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.FAILED);
        assertThat(tracking.steps()).extracting(app.orderdesk.api.TimelineStep::name)
                .containsExactly("ReserveStock", "ProcessPayment", "ReleaseStock");
    }

    // --- ADR 0053: the COMPLETED push carries the receipt's presigned URL ---

    private static final String PUSHED_URL = "http://127.0.0.1:1/receipts-bucket/receipts/o-11.pdf?X-Amz-Signature=abc";

    private static String completedWithUrl(String orderId, int ms, java.time.Instant expiresAt) {
        String plain = pushed(orderId, "COMPLETED", ms, "SendReceiptEmail", true);
        // a field this desk does not know rides along too: a newer server's push must still be read
        return plain.substring(0, plain.length() - 1) + ",\"receiptUrl\":\"" + PUSHED_URL + "\",\"receiptUrlExpiresAt\":\""
                + expiresAt + "\",\"someLaterField\":{\"x\":1}}";
    }

    private OrderTrackingViewModel liveTrackingAt(FakeApiClient api, java.time.Instant now) {
        return followingLiveUpdates(new OrderTrackingViewModel(api, executor, pdf -> null,
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)));
    }

    /** Order o-11 followed at {@code now}; its COMPLETED push carries a URL valid until T0 + 300 s. */
    private OrderTrackingViewModel completedByPushWithUrl(FakeApiClient api, java.time.Instant now) {
        OrderTrackingViewModel tracking = liveTrackingAt(api, now);
        tracking.track(new PlaceOrderResponse("o-11", "OD-11", OrderStatus.RECEIVED));
        sockets.getFirst().receive(completedWithUrl("o-11", 50, T0.plusSeconds(300)));
        return tracking;
    }

    @Test
    void theReceiptIsDownloadedFromTheUrlTheCompletedPushCarriesWithoutAskingTheApiForALink() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = completedByPushWithUrl(api, T0.plusMillis(50));

        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(api.receiptCalls).as("no GET /orders/{id}/receipt").isZero();
        assertThat(api.downloads).containsExactly(PUSHED_URL);
        assertThat(tracking.receiptReadyProperty().get()).isTrue();
        assertThat(tracking.receiptPdf()).isEqualTo("%PDF-fake".getBytes());
        assertThat(api.orderCalls).isZero();
    }

    @Test
    void anExpiredPushedUrlIsNotTriedTheReceiptIsFetchedThroughItsLinkAsBefore() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = completedByPushWithUrl(api, T0.plusSeconds(301));

        assertThat(api.receiptCalls).isEqualTo(1);
        assertThat(api.downloads).containsExactly("http://receipts.invalid/o-1.pdf");
        assertThat(tracking.receiptReadyProperty().get()).isTrue();
    }

    @Test
    void aPushedUrlThatIsRefusedFallsBackToTheReceiptLink() {
        FakeApiClient api = new FakeApiClient();
        api.downloadFailures.put(PUSHED_URL, new app.orderdesk.desktop.client.ApiException(403,
                app.orderdesk.api.ApiError.of("DOWNLOAD_FAILED", "Download failed (HTTP 403)")));
        OrderTrackingViewModel tracking = completedByPushWithUrl(api, T0.plusMillis(50));

        assertThat(api.downloads).containsExactly(PUSHED_URL, "http://receipts.invalid/o-1.pdf");
        assertThat(api.receiptCalls).isEqualTo(1);
        assertThat(tracking.receiptReadyProperty().get()).isTrue();
        assertThat(tracking.messageProperty().get()).isEmpty();
    }

    @Test
    void aCompletedPushWithoutAUrlFetchesTheReceiptThroughItsLink() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = liveTrackingAt(api, T0.plusMillis(50));
        tracking.track(new PlaceOrderResponse("o-11", "OD-11", OrderStatus.RECEIVED));

        sockets.getFirst().receive(pushed("o-11", "COMPLETED", 50, "SendReceiptEmail", true));

        assertThat(api.receiptCalls).isEqualTo(1);
        assertThat(api.downloads).containsExactly("http://receipts.invalid/o-1.pdf");
    }

    /** The push carries the reason's code (ADR 0037 + 0039): a German desk words a pushed decline without a read. */
    @Test
    void aPushedReasonIsWordedByItsCodeInTheDesksLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        java.util.ResourceBundle.clearCache();
        try {
            FakeApiClient api = new FakeApiClient();
            OrderTrackingViewModel tracking = liveTracking(api);
            FakeSocket socket = sockets.getFirst();
            tracking.track(new PlaceOrderResponse("o-10", "OD-10", OrderStatus.RECEIVED));
            java.time.Instant at = T0.plusMillis(20);

            socket.receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-10\",\"status\":\"PAYMENT_DECLINED\",\"at\":\"" + at
                    + "\",\"updatedAt\":\"" + at + "\",\"statusReason\":\"Payment declined by the card issuer\","
                    + "\"statusReasonCode\":\"PAYMENT_DECLINED_BY_ISSUER\",\"statusReasonParams\":{},\"steps\":[],\"receiptAvailable\":false}");

            assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
            assertThat(tracking.statusReasonProperty().get()).isEqualTo("Zahlung von der kartenausgebenden Bank abgelehnt");
            assertThat(api.orderCalls).as("no read").isZero();
        } finally {
            java.util.Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void changesPushedBeforeThePostsAnswerAreShownWhenTrackingStarts() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        socket.receive(pushed("o-9", "RECEIVED", 0, null, false));
        socket.receive(pushed("o-9", "RESERVED", 10, "ReserveStock", false));

        tracking.track(new PlaceOrderResponse("o-9", "OD-9", OrderStatus.RECEIVED));

        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.RESERVED);
        assertThat(tracking.steps()).extracting(app.orderdesk.api.TimelineStep::name).containsExactly("ReserveStock");
        assertThat(api.orderCalls).isZero();
    }

    @Test
    void aLateOlderPushAddsItsStepInPlaceButNeverMovesTheStatusBackAndARepeatAddsNothing() {
        FakeApiClient api = new FakeApiClient();
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        tracking.track(new PlaceOrderResponse("o-5", "OD-5", OrderStatus.RECEIVED));

        socket.receive(pushed("o-5", "PAID", 20, "ProcessPayment", false));
        socket.receive(pushed("o-5", "RESERVED", 10, "ReserveStock", false));
        socket.receive(pushed("o-5", "PAID", 20, "ProcessPayment", false));

        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PAID);
        assertThat(tracking.steps()).extracting(app.orderdesk.api.TimelineStep::name).containsExactly("ReserveStock", "ProcessPayment");
    }

    @Test
    void withoutPushesTheSlowPollReadsAndAfterAReconnectTheOrderIsReadOnce() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.add(OrderStatus.RESERVED);
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket first = sockets.getFirst();
        tracking.track(new PlaceOrderResponse("o-6", "OD-6", OrderStatus.RECEIVED));

        assertThat(executor.runDelayed(live.pollInterval())).as("the 10 s safety net").isEqualTo(1);
        assertThat(api.orderCalls).isEqualTo(1);

        first.listener.onClose(first, 1006, "dropped");
        executor.runDelayed(LiveUpdates.FIRST_RETRY);
        assertThat(api.orderCalls).as("what was pushed while down is read back").isEqualTo(2);
        assertThat(sockets.get(1).sent).as("and still no subscription").isEmpty();
    }

    @Test
    void aBarePushStillLeadsToOneReadAfterTheBurst() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.add(OrderStatus.PAID);
        OrderTrackingViewModel tracking = liveTracking(api);
        tracking.track(new PlaceOrderResponse("o-4", "OD-4", OrderStatus.RECEIVED));

        sockets.getFirst().receive("{\"type\":\"ORDER_STATUS\",\"orderId\":\"o-4\",\"status\":\"PAID\",\"at\":\"" + T0 + "\"}");

        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PAID);
        assertThat(executor.runDelayed(java.time.Duration.ofMillis(300))).isEqualTo(1);
        assertThat(api.orderCalls).isEqualTo(1);
    }

    @Test
    void theDetailOfAnOrderPlacedHereIsReadAtOnceWithoutASubscription() {
        FakeApiClient api = new FakeApiClient();
        api.statuses.add(OrderStatus.PAID);
        OrderTrackingViewModel tracking = liveTracking(api);
        FakeSocket socket = sockets.getFirst();
        tracking.track(new PlaceOrderResponse("o-3", "OD-3", OrderStatus.RECEIVED));

        tracking.follow("o-3");
        assertThat(api.orderCalls).isEqualTo(1);
        socket.receive(pushed("o-3", "FULFILLED", 30, "FulfillOrder", false));

        assertThat(socket.sent).isEmpty();
        assertThat(tracking.orderProperty().get().status()).as("the read order follows the push").isEqualTo(OrderStatus.FULFILLED);
    }

    /** Runs work and zero-delay actions (the socket's messages handed to the FX side) at once; keeps timed ones. */
    private static final class ZeroDelayNowExecutor implements BackgroundExecutor {
        final List<Duration> delays = new ArrayList<>();
        private final List<Object[]> kept = new ArrayList<>();

        @Override
        public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            return SameThreadExecutor.runNow(work, onSuccess, onFailure);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            if (delay.isZero()) {
                action.run();
                return Cancellable.NONE;
            }
            delays.add(delay);
            boolean[] cancelled = {false};
            kept.add(new Object[] {delay, action, cancelled});
            return () -> cancelled[0] = true;
        }

        /** Runs the kept actions of that delay not cancelled; answers how many ran. */
        int runDelayed(Duration delay) {
            int ran = 0;
            for (Object[] k : List.copyOf(kept)) {
                if (k[0].equals(delay) && !((boolean[]) k[2])[0]) {
                    kept.remove(k);
                    ((Runnable) k[1]).run();
                    ran++;
                }
            }
            return ran;
        }
    }
}
