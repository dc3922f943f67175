package app.orderdesk.desktop.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.CustomerDetails;
import app.orderdesk.api.OrderLineView;
import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.RefundLineView;
import app.orderdesk.api.RefundView;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundViewModelTest {

    private static final Instant AT = Instant.parse("2026-11-28T20:00:00Z");
    private final FakeApiClient api = new FakeApiClient();

    private static OrderView order(List<RefundView> refunds) {
        return new OrderView("o-1", "OD-000042", OrderStatus.PARTIALLY_REFUNDED, null, new CustomerDetails("a@b.test", "Ann", null),
                List.of(new OrderLineView("p-mug", "MUG-1", "Blue mug", 3, 1250, 3750),
                        new OrderLineView("p-tea", "TEA-7", "Green tea", 1, 499, 499)),
                4249, "USD", "pay_1", true, AT, AT, refunds);
    }

    private static RefundView earlier(String state) {
        return new RefundView("r-0", "o-1", state, "DAMAGED", null, List.of(new RefundLineView("p-mug", "MUG-1", "Blue mug", 2, false, 2500)),
                2500, "USD", "support@x", AT, true, AT, null);
    }

    @Test
    void rowsOfferOnlyWhatIsLeftAndTheTotalFollowsTheSpinners() {
        var model = new RefundViewModel(api, new SameThreadExecutor(), order(List.of(earlier("REFUNDED"), earlier("REFUSED"))));
        assertThat(model.rows()).extracting(RefundLineRow::refundable).containsExactly(1, 1);
        assertThat(model.validationBinding().get()).isEqualTo(RefundViewModel.nothingChosen());
        assertThat(model.canSubmitBinding().get()).isFalse();

        model.rows().get(0).quantityProperty().set(1);
        model.rows().get(1).quantityProperty().set(1);
        assertThat(model.totalTextBinding().get()).isEqualTo("Refund $17.49");
        assertThat(model.canSubmitBinding().get()).isTrue();
    }

    @Test
    void sendsTheChosenLinesWithRestockAndReasonAndKeepsTheKeyForTheSameDraft() {
        var model = new RefundViewModel(api, new SameThreadExecutor(), order(List.of()));
        model.rows().get(0).quantityProperty().set(2);
        model.rows().get(0).restockProperty().set(false);
        model.reasonProperty().set(RefundReasonChoice.DAMAGED);
        model.noteProperty().set("  cracked  ");
        api.refundHook = request -> { throw new ApiException(503, ApiError.of("SERVICE_UNAVAILABLE", "The service is unavailable; try again shortly.")); };

        model.submit();
        model.submit();
        assertThat(api.refundKeys).hasSize(2);
        assertThat(api.refundKeys.get(1)).as("the same draft sent again keeps its key").isEqualTo(api.refundKeys.get(0));
        assertThat(model.errorProperty().get()).isEqualTo("The service is unavailable; try again shortly.");
        var request = api.refunds.getFirst();
        assertThat(request.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("MUG-1");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.restock()).isFalse();
        });
        assertThat(request.reason()).isEqualTo("DAMAGED");
        assertThat(request.note()).isEqualTo("cracked");

        model.rows().get(0).quantityProperty().set(1);
        api.refundHook = r -> earlier("REFUNDED");
        RefundView[] heard = new RefundView[1];
        model.setOnRefunded(refund -> heard[0] = refund);
        model.submit();
        assertThat(api.refundKeys.get(2)).as("a changed draft is a new refund").isNotEqualTo(api.refundKeys.get(0));
        assertThat(heard[0]).isNotNull();
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.canSubmitBinding().get()).isFalse();
    }

    @Test
    void theServersRefusalIsShownInItsWords() {
        var model = new RefundViewModel(api, new SameThreadExecutor(), order(List.of()));
        model.selectEverything();
        api.refundHook = request -> { throw new ApiException(403, ApiError.of("FORBIDDEN",
                "Support can refund up to $50.00 at a time; this refund is $42.49. Ask a manager to make it.")); };
        model.submit();
        assertThat(model.errorProperty().get()).contains("up to $50.00").contains("Ask a manager");
        assertThat(model.doneProperty().get()).isFalse();
    }

    /** ADR 0068: an order paid on delivery took no money: the dialog offers to credit it and says where the money goes. */
    @Test
    void anOrderPaidOnDeliveryIsCreditedAndTheDialogSaysSo() {
        OrderView card = order(List.of());
        OrderView onDelivery = new OrderView(card.orderId(), card.orderNumber(), card.status(), null, card.customer(), card.lines(),
                card.totalCents(), card.currency(), null, true, AT, AT, List.of(), null, null, app.orderdesk.api.PaymentMethod.ON_DELIVERY);

        var credited = new RefundViewModel(api, new SameThreadExecutor(), onDelivery);
        var refunded = new RefundViewModel(api, new SameThreadExecutor(), card);
        credited.selectEverything();
        refunded.selectEverything();

        assertThat(credited.totalTextBinding().get()).isEqualTo("Credit $42.49");
        assertThat(credited.settlementHint()).contains("no card was charged", "comes off what the customer owes");
        assertThat(refunded.totalTextBinding().get()).isEqualTo("Refund $42.49");
        assertThat(refunded.settlementHint()).isEmpty();
    }
}
