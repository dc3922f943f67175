package app.orderdesk.desktop.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTrackingViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<byte[]> rendered = new ArrayList<>();
    private final OrderTrackingViewModel tracking = new OrderTrackingViewModel(api, executor, pdf -> {
        rendered.add(pdf);
        return null; // an Image needs a running toolkit; the bytes are what matters here
    });

    @Test
    void pollsUntilTheStatusIsFinalThenLoadsTheReceipt() {
        api.statuses.addAll(List.of(OrderStatus.RECEIVED, OrderStatus.RESERVED, OrderStatus.PAID, OrderStatus.COMPLETED));

        tracking.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        assertThat(api.orderCalls).isEqualTo(4);
        assertThat(tracking.pollCount()).isEqualTo(4);
        assertThat(executor.scheduledDelays()).hasSize(3).allMatch(OrderTrackingViewModel.POLL_INTERVAL::equals);
        assertThat(tracking.statusTextProperty().get()).isEqualTo("Completed");
        assertThat(tracking.pollingProperty().get()).isFalse();
        assertThat(tracking.orderNumberProperty().get()).isEqualTo("OD-1001");
        assertThat(tracking.steps()).extracting(s -> s.name()).containsExactly("ReserveStock");
        assertThat(tracking.receiptReadyProperty().get()).isTrue();
        assertThat(tracking.receiptPdf()).isEqualTo("%PDF-fake".getBytes());
        assertThat(rendered).hasSize(1);
        assertThat(api.receiptCalls).as("read, not pushed: the receipt's link is asked for (ADR 0053)").isEqualTo(1);
    }

    /** Walked under Xvfb, session 11: after a partial refund the detail's receipt went and Save PDF and Print were off. */
    @Test
    void aRefundedOrderStillShowsItsReceipt() {
        for (OrderStatus refunded : List.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED)) {
            api.statuses.clear();
            api.statuses.add(refunded);
            rendered.clear();

            tracking.follow("o-1");

            assertThat(tracking.statusProperty().get()).isEqualTo(refunded);
            assertThat(tracking.receiptReadyProperty().get()).as("the receipt of a %s order", refunded).isTrue();
            assertThat(rendered).hasSize(1);
        }
    }

    @Test
    void stopsAtAFailureAndExplainsItInPlainWords() {
        api.statuses.addAll(List.of(OrderStatus.RESERVED, OrderStatus.PAYMENT_DECLINED));
        api.statusReason = "The card was declined by the issuer.";

        tracking.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        assertThat(api.orderCalls).isEqualTo(2);
        assertThat(tracking.statusProperty().get()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
        assertThat(tracking.statusReasonProperty().get()).isEqualTo("The card was declined by the issuer.");
        assertThat(api.receiptCalls).isZero();
        assertThat(tracking.receiptReadyProperty().get()).isFalse();
    }

    @Test
    void retriesTheReceiptWhileItIsNotYetWritten() {
        api.statuses.add(OrderStatus.COMPLETED);
        api.receiptFailure = new ApiException(404, ApiError.of("NOT_FOUND", "No receipt yet"));

        tracking.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        assertThat(api.receiptCalls).isEqualTo(OrderTrackingViewModel.MAX_RECEIPT_ATTEMPTS);
        assertThat(tracking.messageProperty().get()).contains("No receipt yet");
    }

    /** issue 13 (h-q): a zoom renders the page again at its resolution; the newest zoom wins. */
    @Test
    void aZoomRendersTheReceiptAgainAtItsResolution() {
        List<Float> resolutions = new ArrayList<>();
        OrderTrackingViewModel zoomable = new OrderTrackingViewModel(api, executor, recordingResolutions(resolutions));
        api.statuses.add(OrderStatus.COMPLETED);
        zoomable.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        zoomable.renderReceiptAt(192);
        zoomable.renderReceiptAt(192.5);
        zoomable.renderReceiptAt(288);

        assertThat(resolutions).as("the first page, then each zoom once; a resolution within 2 % is not rendered again")
                .containsExactly(ReceiptRenderer.DEFAULT_DPI, 192f, 288f);
        assertThat(zoomable.receiptDpiProperty().get()).isEqualTo(288);
    }

    /** Session 34: zooms faster than pages render wait for the render under way; only the newest is rendered next. */
    @Test
    void zoomsAskedForWhileAPageRendersRenderOnlyTheNewestAfterIt() {
        List<Float> resolutions = new ArrayList<>();
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderTrackingViewModel zoomable = new OrderTrackingViewModel(api, held, recordingResolutions(resolutions));
        api.statuses.add(OrderStatus.COMPLETED);
        zoomable.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));
        while (held.waiting() > 0 && zoomable.receiptPdf() == null) {
            held.release(0); // the order, its timeline, the receipt and its first page
        }
        while (held.waiting() > 0 && resolutions.isEmpty()) {
            held.release(0);
        }
        assertThat(resolutions).containsExactly(ReceiptRenderer.DEFAULT_DPI);
        int before = held.waiting();

        zoomable.renderReceiptAt(144);
        zoomable.renderReceiptAt(192);
        zoomable.renderReceiptAt(240);
        zoomable.renderReceiptAt(288);

        assertThat(held.waiting()).as("one render under way, none queued behind it").isEqualTo(before + 1);
        held.release(held.waiting() - 1);
        assertThat(held.waiting()).as("then the newest only").isEqualTo(before + 1);
        held.release(held.waiting() - 1);
        assertThat(resolutions).containsExactly(ReceiptRenderer.DEFAULT_DPI, 144f, 288f);
        assertThat(zoomable.receiptDpiProperty().get()).isEqualTo(288);
    }

    @Test
    void aZoomBeforeTheReceiptIsLoadedRendersNothing() {
        tracking.renderReceiptAt(192);

        assertThat(rendered).isEmpty();
    }

    @Test
    void clearForgetsTheOrder() {
        api.statuses.add(OrderStatus.COMPLETED);
        tracking.track(new PlaceOrderResponse("o-1", "OD-1001", OrderStatus.RECEIVED));

        tracking.clear();

        assertThat(tracking.orderNumberProperty().get()).isEmpty();
        assertThat(tracking.steps()).isEmpty();
        assertThat(tracking.receiptPdf()).isNull();
    }

    @Test
    void answersAboutAnOrderNoLongerFollowedAreIgnored() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderTrackingViewModel followed = new OrderTrackingViewModel(api, held, pdf -> null);
        api.statuses.add(OrderStatus.RESERVED);

        followed.follow("o-A");
        followed.follow("o-B");
        held.release(1); // B answers first
        held.release(0); // then the stale read of A

        assertThat(followed.orderProperty().get().orderId()).isEqualTo("o-B");
        assertThat(followed.orderId()).isEqualTo("o-B");
        assertThat(held.waiting()).isEqualTo(1); // B's next poll, and nothing scheduled for A
        followed.clear();
        held.release(0); // B's next poll, due after clear(): runs nothing
        assertThat(followed.orderProperty().get()).isNull();
        assertThat(followed.pollingProperty().get()).isFalse();
    }

    /** A renderer that notes the resolution of every page it is asked for (an Image needs a running toolkit: none made). */
    private static ReceiptRenderer recordingResolutions(List<Float> resolutions) {
        return new ReceiptRenderer() {
            @Override
            public javafx.scene.image.Image renderFirstPage(byte[] pdf) {
                return renderFirstPage(pdf, DEFAULT_DPI);
            }

            @Override
            public javafx.scene.image.Image renderFirstPage(byte[] pdf, float dpi) {
                resolutions.add(dpi);
                return null;
            }
        };
    }
}
