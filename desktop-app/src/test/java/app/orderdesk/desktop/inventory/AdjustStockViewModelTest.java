package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustStockViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final List<StockMovementView> applied = new ArrayList<>();
    private final AdjustStockViewModel model = new AdjustStockViewModel(FakeApiClient.MUG, api, new SameThreadExecutor(),
            () -> "adjust-key", applied::add);

    @Test
    void explainsWhatIsMissingBeforeItCanApply() {
        assertThat(model.validationBinding().get()).isEqualTo(AdjustStockViewModel.zeroDelta());
        model.deltaProperty().set(-41);
        assertThat(model.validationBinding().get()).contains("Only 40 available");
        model.deltaProperty().set(5);
        assertThat(model.validationBinding().get()).isEqualTo(AdjustStockViewModel.noReason());
        model.reasonProperty().set(AdjustReason.RECEIVED);
        model.noteProperty().set("x".repeat(501));
        assertThat(model.validationBinding().get()).isEqualTo(AdjustStockViewModel.noteTooLong());
        model.noteProperty().set("delivery 42");
        assertThat(model.canApplyBinding().get()).isTrue();
        assertThat(model.previewBinding().get()).isEqualTo("40 → 45");

        model.apply();

        assertThat(api.adjustments).singleElement().satisfies(request -> {
            assertThat(request.delta()).isEqualTo(5L);
            assertThat(request.reason()).isEqualTo("RECEIVED");
            assertThat(request.note()).isEqualTo("delivery 42");
        });
        assertThat(applied).hasSize(1);
        assertThat(model.doneProperty().get()).isTrue();
    }

    @Test
    void usesOneIdempotencyKeyForEveryTryAndAppliesOnce() {
        model.deltaProperty().set(-2);
        model.reasonProperty().set(AdjustReason.DAMAGED);
        api.adjustHook = request -> {
            throw new ApiException(503, ApiError.of("SERVICE_UNAVAILABLE", "Try again shortly"));
        };
        model.apply();
        assertThat(model.errorProperty().get()).isEqualTo("Try again shortly");

        api.adjustHook = null;
        model.apply();
        model.apply(); // a second click after success does nothing

        assertThat(api.adjustmentKeys).containsExactly("adjust-key", "adjust-key");
        assertThat(applied).hasSize(1);
    }

    /**
     * Audit, session 34: refused for stock another desk had just sold, the server keeps the key bound to that change; a
     * smaller change typed next under the same key was answered IDEMPOTENCY_CONFLICT. A refusal for stock takes a new key.
     */
    @Test
    void aChangeRefusedForStockIsFollowedByANewKeyAndAnotherFailureKeepsIt() {
        java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();
        AdjustStockViewModel adjusting = new AdjustStockViewModel(FakeApiClient.MUG, api, new SameThreadExecutor(),
                () -> "key-" + issued.incrementAndGet(), applied::add);
        adjusting.deltaProperty().set(-30);
        adjusting.reasonProperty().set(AdjustReason.DAMAGED);
        api.adjustHook = request -> {
            throw new ApiException(409, ApiError.of("INSUFFICIENT_STOCK", "MUG-1 has 25 available; removing 30 would take it below zero"));
        };
        adjusting.apply();
        api.adjustHook = request -> {
            throw new ApiException(503, ApiError.of("SERVICE_UNAVAILABLE", "Try again shortly"));
        };
        adjusting.deltaProperty().set(-25);
        adjusting.apply();
        api.adjustHook = null;
        adjusting.apply();

        assertThat(api.adjustmentKeys).as("the refused change's key, then one new key for the next change and its retry")
                .containsExactly("key-1", "key-2", "key-2");
        assertThat(applied).hasSize(1);
    }

    @Test
    void offersTheSixReasonsInPlainWords() {
        assertThat(AdjustReason.values()).extracting(AdjustReason::toString)
                .containsExactly("Received", "Count", "Damaged", "Theft/loss", "Return restock", "Correction");
        assertThat(AdjustReason.describe("THEFT_LOSS")).isEqualTo("Theft/loss");
        assertThat(AdjustReason.describe("SALE")).isEqualTo("Sale");
    }

    @Test
    void damagedAndTheftOnlyLowerTheStockAndReceivedOnlyRaisesIt() {
        AdjustStockViewModel model = new AdjustStockViewModel(app.orderdesk.desktop.fakes.FakeApiClient.MUG,
                new app.orderdesk.desktop.fakes.FakeApiClient(), new app.orderdesk.desktop.infra.SameThreadExecutor(), m -> { });
        model.deltaProperty().set(10);
        model.reasonProperty().set(AdjustReason.DAMAGED);
        assertThat(model.canApplyBinding().get()).isFalse();
        assertThat(model.validationBinding().get()).contains("lowers the stock");
        model.reasonProperty().set(AdjustReason.THEFT_LOSS);
        assertThat(model.canApplyBinding().get()).isFalse();

        model.deltaProperty().set(-3);
        assertThat(model.canApplyBinding().get()).isTrue();
        model.reasonProperty().set(AdjustReason.RECEIVED);
        assertThat(model.validationBinding().get()).contains("adds stock");
        model.reasonProperty().set(AdjustReason.CORRECTION);
        assertThat(model.canApplyBinding().get()).isTrue();
    }
}
