package app.orderdesk.desktop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** h-x: the product dialog's model, without a screen: local checks, the server's answers by field, the version sent. */
class ProductEditorViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final List<InventoryItemView> saved = new ArrayList<>();

    private ProductEditorViewModel newProduct() {
        return new ProductEditorViewModel(null, List.of("food", "books"), api, new SameThreadExecutor(), saved::add);
    }

    @Test
    void offersTheStoresCategoriesAfterTheDefaultRate() {
        assertThat(newProduct().categories()).containsExactly(ProductEditorViewModel.NO_CATEGORY, "books", "food");
    }

    @Test
    void checksWhatItCanBeforeSendingAndNamesEachField() {
        ProductEditorViewModel model = newProduct();
        model.skuProperty().set("bad sku");
        model.priceProperty().set("-1");

        model.save();

        assertThat(model.skuErrorProperty().get()).isEqualTo(Messages.text("product.error.sku"));
        assertThat(model.nameErrorProperty().get()).isEqualTo(Messages.text("product.error.nameRequired"));
        assertThat(model.priceErrorProperty().get()).isEqualTo(Messages.text("product.error.price"));
        assertThat(api.productRequests).isEmpty();
    }

    @Test
    void sendsANewProductWithItsPriceInCentsAndCategory() {
        ProductEditorViewModel model = newProduct();
        model.skuProperty().set(" BEAN-01 ");
        model.nameProperty().set("Beans 1 kg");
        model.priceProperty().set("19,90");
        model.categoryProperty().set("food");

        model.save();

        assertThat(api.productRequests).singleElement().satisfies(r -> {
            assertThat(r.sku()).isEqualTo("BEAN-01");
            assertThat(r.priceCents()).isEqualTo(1990);
            assertThat(r.category()).isEqualTo("food");
            assertThat(r.expectedVersion()).isNull();
        });
        assertThat(saved).singleElement().satisfies(v -> assertThat(v.productId()).isEqualTo("sku-bean-01"));
        assertThat(model.doneProperty().get()).isTrue();
    }

    @Test
    void anEditSendsTheVersionItStartedFromAndKeepsTheSku() {
        InventoryItemView tea = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true, "food", 4);
        ProductEditorViewModel model = new ProductEditorViewModel(tea, List.of("food"), api, new SameThreadExecutor(), saved::add);
        assertThat(ProductEditorViewModel.parsePrice(model.priceProperty().get())).isEqualTo(499);
        model.categoryProperty().set(ProductEditorViewModel.NO_CATEGORY);

        model.save();

        assertThat(api.editedProductIds).containsExactly("p-tea");
        assertThat(api.productRequests).singleElement().satisfies(r -> {
            assertThat(r.sku()).isNull();
            assertThat(r.expectedVersion()).isEqualTo(4);
            assertThat(r.category()).isEmpty();
        });
    }

    @Test
    void showsTheServersAnswerByField() {
        ProductEditorViewModel model = newProduct();
        model.skuProperty().set("MUG-1");
        model.nameProperty().set("Mug");
        model.priceProperty().set("3");
        api.productHook = (id, r) -> {
            throw new ApiException(409, new ApiError("DUPLICATE_SKU", "exists", List.of(new ApiError.Detail("sku", "exists"))));
        };
        model.save();
        assertThat(model.skuErrorProperty().get()).isEqualTo(Messages.text("product.error.duplicateSku", "MUG-1"));
        assertThat(model.doneProperty().get()).isFalse();

        api.productHook = (id, r) -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "bad", List.of(new ApiError.Detail("category", "unknown"))));
        };
        model.save();
        assertThat(model.skuErrorProperty().get()).isEmpty();
        assertThat(model.categoryErrorProperty().get()).isEqualTo(Messages.text("product.error.category"));

        api.productHook = (id, r) -> {
            throw new ApiException(409, new ApiError("VERSION_CONFLICT", "changed", List.of()));
        };
        model.save();
        assertThat(model.errorProperty().get()).isEqualTo(Messages.text("product.error.stale"));
    }

    /**
     * Audit, session 33: an edit that lost to another manager's save could never be saved — every try lost again — and
     * the way out was to close, reload and type it all again. The typed edits stay and the next Save goes over the newer one.
     */
    @Test
    void anEditThatLostToAnotherSaveKeepsWhatWasTypedAndSavesOverTheNewerVersion() {
        InventoryItemView tea = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true, "food", 4);
        ProductEditorViewModel model = new ProductEditorViewModel(tea, List.of("food"), api, new SameThreadExecutor(), saved -> { });
        model.nameProperty().set("Green tea, loose");
        api.itemsNow.put("p-tea", new InventoryItemView("p-tea", "TEA-7", "Green tea (organic)", 549, 3, 0, 5, true, "food", 5));
        api.productHook = (id, r) -> {
            if (r.expectedVersion() != 5) {
                throw new ApiException(409, new ApiError("VERSION_CONFLICT", "changed", List.of()));
            }
            return new InventoryItemView("p-tea", "TEA-7", r.name(), r.priceCents(), 3, 0, 5, true, "food", 6);
        };

        model.save();

        assertThat(model.errorProperty().get()).startsWith("Someone else saved this product meanwhile (now: Green tea (organic), ")
                .contains("Your changes are still here");
        assertThat(model.nameProperty().get()).as("what was typed").isEqualTo("Green tea, loose");
        assertThat(model.doneProperty().get()).isFalse();

        model.save();

        assertThat(api.productRequests).extracting(r -> r.expectedVersion()).containsExactly(4L, 5L);
        assertThat(api.productRequests.getLast().name()).isEqualTo("Green tea, loose");
        assertThat(model.doneProperty().get()).isTrue();
    }

    /** Status audit, session 33: a yen store's price typed as 1250 was sent as 125000 (the desk took two decimals for all). */
    @Test
    void aPriceIsReadInTheStoreCurrencysOwnDecimals() {
        try {
            app.orderdesk.desktop.order.Money.useStore("ja-JP", "JPY");
            assertThat(ProductEditorViewModel.parsePrice("1250")).isEqualTo(1250L);
            assertThat(ProductEditorViewModel.parsePrice("12.5")).as("yen have no decimals").isNull();
            InventoryItemView tea = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true, "food", 4);
            ProductEditorViewModel model = new ProductEditorViewModel(tea, List.of("food"), api, new SameThreadExecutor(), saved -> { });
            assertThat(model.priceProperty().get()).as("shown as the receipt shows it").isEqualTo("499");

            app.orderdesk.desktop.order.Money.useStore("en-US", "USD");
            assertThat(ProductEditorViewModel.parsePrice("12.5")).isEqualTo(1250L);
            assertThat(ProductEditorViewModel.parsePrice("12,50")).isEqualTo(1250L);
            assertThat(ProductEditorViewModel.parsePrice("12.505")).isNull();
        } finally {
            app.orderdesk.desktop.order.Money.useStore("en-US", "USD");
        }
    }

    /** h-b: the low-stock threshold is typed, checked, sent on a create and an edit, and shown as saved. */
    @Test
    void sendsTheLowStockThresholdTypedAndStartsAnEditFromTheSavedOne() {
        ProductEditorViewModel created = newProduct();
        assertThat(created.lowStockThresholdProperty().get()).as("a new product: the server's default").isEqualTo("0");
        created.skuProperty().set("BEAN-01");
        created.nameProperty().set("Beans");
        created.priceProperty().set("3");
        created.lowStockThresholdProperty().set(" 12 ");
        created.save();
        assertThat(api.productRequests.getLast().lowStockThreshold()).isEqualTo(12);

        InventoryItemView tea = new InventoryItemView("p-tea", "TEA-7", "Green tea", 499, 3, 0, 5, true, "food", 4);
        ProductEditorViewModel edit = new ProductEditorViewModel(tea, List.of("food"), api, new SameThreadExecutor(), saved::add);
        assertThat(edit.lowStockThresholdProperty().get()).as("the saved value").isEqualTo("5");
        edit.save();
        assertThat(api.productRequests.getLast().lowStockThreshold()).as("unchanged, sent as it is").isEqualTo(5);

        ProductEditorViewModel changed = new ProductEditorViewModel(tea, List.of("food"), api, new SameThreadExecutor(), saved::add);
        changed.lowStockThresholdProperty().set("0");
        changed.save();
        assertThat(api.productRequests.getLast().lowStockThreshold()).isZero();
    }

    @Test
    void aThresholdThatIsNotAWholeNumberFromZeroIsShownAtItsFieldAndNothingIsSent() {
        for (String typed : List.of("-1", "1.5", "2,0", "abc", "", " ", "1000000001", "99999999999")) {
            ProductEditorViewModel model = newProduct();
            model.skuProperty().set("BEAN-01");
            model.nameProperty().set("Beans");
            model.priceProperty().set("3");
            model.lowStockThresholdProperty().set(typed);

            model.save();

            assertThat(model.lowStockThresholdErrorProperty().get()).as("threshold %s", typed)
                    .isEqualTo(Messages.text("product.error.lowStockThreshold", ProductEditorViewModel.MAX_THRESHOLD));
            assertThat(model.nameErrorProperty().get()).isEmpty();
        }
        assertThat(api.productRequests).isEmpty();
        assertThat(ProductEditorViewModel.parseThreshold("1000000000")).isEqualTo(1_000_000_000L);
    }

    @Test
    void theServersWordsAboutTheThresholdAreShownAtItsField() {
        ProductEditorViewModel model = newProduct();
        model.skuProperty().set("BEAN-01");
        model.nameProperty().set("Beans");
        model.priceProperty().set("3");
        api.productHook = (id, r) -> {
            throw new ApiException(400, new ApiError("VALIDATION_FAILED", "bad",
                    List.of(new ApiError.Detail("lowStockThreshold", "must be a whole number between 0 and 1000000000"))));
        };

        model.save();

        assertThat(model.lowStockThresholdErrorProperty().get())
                .isEqualTo(Messages.text("product.error.lowStockThreshold", ProductEditorViewModel.MAX_THRESHOLD));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.doneProperty().get()).isFalse();
    }

    @Test
    void readsPricesAsPeopleTypeThem() {
        assertThat(ProductEditorViewModel.parsePrice("12.5")).isEqualTo(1250);
        assertThat(ProductEditorViewModel.parsePrice("12,50")).isEqualTo(1250);
        assertThat(ProductEditorViewModel.parsePrice("0")).isZero();
        assertThat(ProductEditorViewModel.parsePrice("1.234")).isNull();
        assertThat(ProductEditorViewModel.parsePrice("abc")).isNull();
    }
}
