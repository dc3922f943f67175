package app.orderdesk.desktop.order;

import static app.orderdesk.desktop.fakes.FakeApiClient.MUG;
import static app.orderdesk.desktop.fakes.FakeApiClient.TEA;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import app.orderdesk.api.InventoryItemView;
import app.orderdesk.api.PlaceOrderResponse;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.ConnectionUnavailableException;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.infra.SameThreadExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderDraftViewModelTest {

    private final FakeApiClient api = new FakeApiClient();
    private final List<PlaceOrderResponse> accepted = new ArrayList<>();
    private final AtomicInteger keys = new AtomicInteger();
    private final OrderDraftViewModel draft =
            new OrderDraftViewModel(api, new SameThreadExecutor(), () -> "key-" + keys.incrementAndGet(), accepted::add);

    @Test
    void loadsProductsForThePicker() {
        draft.loadProducts();

        assertThat(draft.products()).containsExactly(MUG, TEA);
    }

    @Test
    void searchesProductsAfterAPauseInTyping() {
        SameThreadExecutor executor = new SameThreadExecutor();
        OrderDraftViewModel searching = new OrderDraftViewModel(api, executor, () -> "k", accepted::add);

        searching.search().queryProperty().set(" tea ");

        assertThat(executor.scheduledDelays()).containsExactly(ProductSearchViewModel.SLOW_SEARCH, ProductSearchViewModel.SEARCH_DELAY);
        assertThat(api.inventoryQueries).last().satisfies(q -> assertThat(q.q()).isEqualTo("tea"));
        assertThat(searching.products()).containsExactly(TEA);
    }

    /** Walked with the cloud frozen, session 19: the failure stayed under the form after the next search found products. */
    @Test
    void aSearchThatAnswersAgainTakesBackItsOwnFailure() {
        api.failEverything = new RuntimeException(new java.net.ConnectException("refused"));
        draft.loadProducts();
        assertThat(draft.errorProperty().get()).startsWith("Products could not be loaded:");

        api.failEverything = null;
        draft.loadProducts();
        assertThat(draft.errorProperty().get()).isEmpty();
        assertThat(draft.products()).containsExactly(MUG, TEA);
    }

    /** Walked with the cloud frozen, session 19: "te"'s products stayed offered under "mug" for the 30 s timeout. */
    @Test
    void aSlowSearchSaysSoAndAFailedOneOffersNothingOld() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderDraftViewModel slowly = new OrderDraftViewModel(api, held, () -> "k", accepted::add);
        ProductSearchViewModel search = slowly.search();
        List<String> connection = new ArrayList<>();
        search.reportConnectionTo(() -> connection.add("reachable"), () -> connection.add("unreachable"));

        search.queryProperty().set("tea");
        held.release(1); // the typing pause is over: the request goes out
        assertThat(search.slowProperty().get()).isFalse();
        held.release(0); // a second has passed without an answer
        assertThat(search.slowProperty().get()).isTrue();
        held.release(0); // the answer
        assertThat(search.slowProperty().get()).isFalse();
        assertThat(slowly.products()).containsExactly(TEA);
        assertThat(connection).containsExactly("reachable");

        api.failEverything = new ConnectionUnavailableException("Cannot reach the Order Desk API", new IOException("frozen"));
        search.queryProperty().set("mug");
        held.release(1);
        held.release(1); // the failure
        held.release(0); // the check a second later, had it not been cancelled: nothing is awaited any more
        assertThat(search.slowProperty().get()).isFalse();
        assertThat(search.failedProperty().get()).isTrue();
        assertThat(slowly.products()).isEmpty();
        assertThat(search.selectedProperty().get()).isNull();
        assertThat(connection).containsExactly("reachable", "unreachable");

        api.failEverything = null;
        slowly.addLineWhenReady(); // Enter tries again
        held.release(held.waiting() - 1);
        assertThat(search.failedProperty().get()).isFalse();
        assertThat(slowly.lines()).extracting(line -> line.product().sku()).containsExactly("MUG-1");
        assertThat(connection).containsExactly("reachable", "unreachable", "reachable");
    }

    /** Walked frozen, session 21: a spinner alone for the 30 s before the order went to the outbox. */
    @Test
    void aSendThatWaitsLongSaysSoUntilItsAnswerComes() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderDraftViewModel slowly = new OrderDraftViewModel(api, held, () -> "k", accepted::add);
        fillHeld(slowly, held, 1);
        assertThat(slowly.canSubmitBinding().get()).isTrue();

        slowly.submit();
        assertThat(held.waiting()).as("the send and the check three seconds later").isEqualTo(2);
        assertThat(slowly.slowSubmitProperty().get()).isFalse();
        held.release(1); // three seconds without an answer
        assertThat(slowly.slowSubmitProperty().get()).isTrue();
        held.release(0); // the answer
        assertThat(slowly.slowSubmitProperty().get()).isFalse();
        assertThat(accepted).hasSize(1);
    }

    /**
     * Walked frozen, session 22: Ctrl+N while a send waited started a new draft, and the old send's answer then landed
     * on it — the empty draft showed as placed (or, at the timeout, as queued). A new order now hands the waiting send
     * to the outbox, which sends it again under the same key; the old answer no longer touches the new draft.
     */
    @Test
    void aNewOrderDuringASendHandsTheSendToTheOutboxAndItsAnswerLeavesTheNewDraftAlone() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        List<String> outboxKeys = new ArrayList<>();
        List<app.orderdesk.api.PlaceOrderRequest> outboxRequests = new ArrayList<>();
        OrderDraftViewModel slowly = new OrderDraftViewModel(api, held, () -> "key-" + keys.incrementAndGet(), accepted::add);
        slowly.setOutbox((request, key, whenStored, whenNotStored) -> {
            outboxKeys.add(key);
            outboxRequests.add(request);
            whenStored.run();
        });
        for (String answer : List.of("placed", "timed out")) {
            fillHeld(slowly, held, 2);
            String sentKey = slowly.idempotencyKey();
            if (answer.equals("timed out")) {
                api.placeOrderHook = (request, key) -> {
                    throw new ConnectionUnavailableException("Cannot reach the Order Desk API", new IOException("timed out"));
                };
            }
            slowly.submit(); // held: the send and the "slow" check

            slowly.reset(); // Ctrl+N
            assertThat(outboxKeys).as(answer).last().isEqualTo(sentKey);
            assertThat(outboxRequests).last().satisfies(r -> assertThat(r.lines()).singleElement()
                    .satisfies(line -> assertThat(line.quantity()).isEqualTo(2)));
            assertThat(slowly.noticeProperty().get()).isEqualTo("The previous order had no answer yet: it is kept in the outbox and sent from there.");
            assertThat(slowly.noticeIsGoodBinding().get()).as("kept, not yet sent: a warning").isFalse();
            while (held.waiting() > 0) {
                held.release(0); // the old send answers (placed, or timed out), then its "slow" check
            }

            assertThat(slowly.placedProperty().get()).as(answer + ": the new draft is not the old order").isFalse();
            assertThat(slowly.queuedProperty().get()).as(answer).isFalse();
            assertThat(slowly.submittingProperty().get()).as(answer).isFalse();
            assertThat(slowly.slowSubmitProperty().get()).as(answer).isFalse();
            assertThat(slowly.editableBinding().get()).as(answer + ": the next order can be typed").isTrue();
            assertThat(slowly.idempotencyKey()).isNotEqualTo(sentKey);
        }
        assertThat(accepted).as("the old answer is not shown as this form's order").isEmpty();
        assertThat(outboxKeys).as("each handed over once, never again at its timeout").hasSize(2).doesNotHaveDuplicates();

        slowly.sentFromOutbox(outboxKeys.getLast(), new PlaceOrderResponse("o-9", "OD-000009", app.orderdesk.api.OrderStatus.RECEIVED));
        assertThat(slowly.noticeProperty().get()).isEqualTo("The previous order was sent from the outbox: OD-000009.");
        assertThat(slowly.noticeIsGoodBinding().get()).as("sent: good news, not a warning").isTrue();
        assertThat(slowly.placedProperty().get()).as("the outbox's order is not this draft").isFalse();
        assertThat(accepted).isEmpty();
        slowly.reset();
        assertThat(slowly.noticeIsGoodBinding().get()).isFalse();
    }

    /** Session 22: at sign-out or quit a send still unanswered is kept (by the outbox, on disk), once; its answer is ignored. */
    @Test
    void aSendUnansweredAtTheEndOfTheSessionIsKeptOnce() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderDraftViewModel slowly = new OrderDraftViewModel(api, held, () -> "key-" + keys.incrementAndGet(), accepted::add);
        slowly.setOutbox((request, key, whenStored, whenNotStored) -> { throw new AssertionError("not at a timeout: kept already"); });
        List<String> kept = new ArrayList<>();
        slowly.keepUnansweredSend((request, key) -> kept.add(key));
        assertThat(kept).as("nothing on its way").isEmpty();
        fillHeld(slowly, held, 1);
        String sentKey = slowly.idempotencyKey();
        api.placeOrderHook = (request, key) -> {
            throw new ConnectionUnavailableException("Cannot reach the Order Desk API", new IOException("timed out"));
        };
        slowly.submit();

        slowly.keepUnansweredSend((request, key) -> kept.add(key));
        slowly.keepUnansweredSend((request, key) -> kept.add(key));
        while (held.waiting() > 0) {
            held.release(0); // the send times out after all
        }

        assertThat(kept).containsExactly(sentKey);
        assertThat(slowly.queuedProperty().get()).isFalse();
    }

    @Test
    void aNewOrderWithNothingOnItsWayPutsNothingInTheOutbox() {
        List<String> outboxKeys = new ArrayList<>();
        draft.setOutbox((request, key, whenStored, whenNotStored) -> outboxKeys.add(key));
        fillDraft();
        draft.submit(); // answered at once

        draft.reset();

        assertThat(outboxKeys).isEmpty();
        assertThat(draft.noticeProperty().get()).isEmpty();
        assertThat(accepted).hasSize(1);
    }

    @Test
    void totalsTheLinesAndMergesARepeatedProduct() {
        add(MUG, 2);
        add(TEA, 3);
        add(MUG, 1);

        assertThat(draft.lines()).extracting(DraftLine::quantity).containsExactly(3, 3);
        assertThat(draft.orderLines().totalCentsProperty().get()).isEqualTo(3 * 1250 + 3 * 499);

        draft.removeLine(draft.lines().getFirst());
        assertThat(draft.orderLines().totalCentsProperty().get()).isEqualTo(3 * 499);
    }

    @Test
    void flagsAnInvalidEmailAsPeopleTypeButNotAnEmptyOne() {
        draft.customer().emailProperty().set("ann@");
        assertThat(draft.customer().emailValidProperty().get()).isFalse();
        assertThat(draft.customer().emailMessageProperty().get()).isEqualTo(CustomerViewModel.invalidEmail());

        draft.customer().emailProperty().set("ann@example.com");
        assertThat(draft.customer().emailValidProperty().get()).isTrue();
        assertThat(draft.customer().emailMessageProperty().get()).isEmpty();

        draft.customer().emailProperty().set("");
        assertThat(draft.customer().emailMessageProperty().get()).isEmpty();
        assertThat(draft.customer().emailValidProperty().get()).isFalse();
    }

    @Test
    void keepsSubmitDisabledUntilTheDraftIsComplete() {
        assertThat(draft.canSubmitBinding().get()).isFalse();
        add(MUG, 1);
        draft.customer().emailProperty().set("ann@example");
        draft.customer().nameProperty().set("Ann");
        assertThat(draft.canSubmitBinding().get()).isFalse();

        draft.customer().emailProperty().set("ann@example.com");
        assertThat(draft.canSubmitBinding().get()).isTrue();
    }

    @Test
    void sendsTheLinesCustomerAndPaymentToken() {
        fillDraft();
        draft.paymentProperty().set(PaymentOption.CARD);
        assertThat(draft.canSubmitBinding().get()).as("a card payment waits for the card's token").isFalse();
        draft.card().typed("4000 0000 0000 0002", "12/99", "123");

        draft.submit();

        assertThat(api.placed).singleElement().satisfies(request -> {
            assertThat(request.paymentToken()).isEqualTo("tok_chargeDeclined");
            assertThat(request.customer().email()).isEqualTo("ann@example.com");
            assertThat(request.lines()).singleElement()
                    .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
        });
        assertThat(accepted).hasSize(1);
        assertThat(draft.placedProperty().get()).isTrue();
    }

    @Test
    void disablesSubmitWhileInFlightSoADoubleClickSendsOneOrder() {
        fillDraft();
        List<Boolean> canSubmitDuringCall = new ArrayList<>();
        api.placeOrderHook = (request, key) -> {
            canSubmitDuringCall.add(draft.canSubmitBinding().get());
            assertThat(draft.submittingProperty().get()).isTrue();
            draft.submit(); // the second click of a double-click arrives while the first is in flight
            return new PlaceOrderResponse("o-1", "OD-1001", app.orderdesk.api.OrderStatus.RECEIVED);
        };

        draft.submit();
        draft.submit(); // and a click after acceptance is ignored too

        assertThat(api.placed).hasSize(1);
        assertThat(canSubmitDuringCall).containsExactly(false);
        assertThat(draft.submittingProperty().get()).isFalse();
    }

    @Test
    void reusesTheIdempotencyKeyWhenRetryingTheSameDraft() {
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw new ConnectionUnavailableException("down", new IOException("refused"));
        };
        draft.submit();
        assertThat(draft.errorProperty().get()).isEqualTo("Cannot reach the Order Desk API");
        assertThat(draft.canSubmitBinding().get()).isTrue();

        api.placeOrderHook = null;
        draft.submit();

        assertThat(api.idempotencyKeys).containsExactly("key-1", "key-1");
        assertThat(draft.errorProperty().get()).isEmpty();
    }

    @Test
    void startsANewKeyOnlyForANewOrder() {
        fillDraft();
        draft.submit();

        draft.reset();
        fillDraft();
        draft.submit();

        assertThat(api.idempotencyKeys).containsExactly("key-1", "key-2");
        assertThat(draft.idempotencyKey()).isEqualTo("key-2");
    }

    @Test
    void showsTheServersMessageWhenTheOrderIsRefused() {
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(409, ApiError.of("IDEMPOTENCY_CONFLICT", "This key was used for a different order"));
        };

        draft.submit();

        assertThat(draft.errorProperty().get()).isEqualTo("This key was used for a different order");
        assertThat(draft.placedProperty().get()).isFalse();
    }

    @Test
    void lockedForRolesThatMayNotOrder() {
        draft.allowedToOrderProperty().set(false);
        fillDraft();

        draft.submit();

        assertThat(api.placed).isEmpty();
        assertThat(draft.lines()).isEmpty();
    }

    /** An outbox that stores at once and records the keys it was handed. */
    private List<String> outboxStoringAtOnce() {
        List<String> keys = new ArrayList<>();
        draft.setOutbox((request, key, whenStored, whenNotStored) -> {
            keys.add(key);
            whenStored.run();
        });
        return keys;
    }

    /**
     * Audit, session 33: the API unreachable and the outbox's disk write failing too left the form "sending" for good
     * (Submit off, the spinner on); only Ctrl+N got out, and it dropped the order.
     */
    @Test
    void anOrderTheOutboxCouldNotStoreStaysAsTypedToBeSentAgainWithTheSameKey() {
        List<String> tried = new ArrayList<>();
        draft.setOutbox((request, key, whenStored, whenNotStored) -> {
            tried.add(key);
            whenNotStored.accept("disk full");
        });
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw new ConnectionUnavailableException("Cannot reach the Order Desk API", new IOException("no route"));
        };

        draft.submit();

        assertThat(tried).containsExactly("key-1");
        assertThat(draft.submittingProperty().get()).as("not sending for good").isFalse();
        assertThat(draft.queuedProperty().get()).isFalse();
        assertThat(draft.errorProperty().get()).contains("could not be kept in the outbox either (disk full)");
        assertThat(draft.lines()).as("the order as typed").isNotEmpty();
        assertThat(draft.canSubmitBinding().get()).isTrue();

        api.placeOrderHook = null; // the connection is back
        draft.submit();
        assertThat(api.idempotencyKeys).as("sent twice under the same key: one order").containsExactly("key-1", "key-1");
        assertThat(accepted).hasSize(1);
    }

    @Test
    void parksTheOrderInTheOutboxWhenTheTokenCannotBeRenewedForWantOfANetwork() {
        // An hour into an outage the ID token is due and the sign-in service cannot be reached either: the order was
        // shown an error and not queued (session 31). A refused renewal (a session that ended) is not this case.
        List<String> outboxKeys = outboxStoringAtOnce();
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw app.orderdesk.desktop.auth.AuthException.unreachable("Cannot reach the sign-in service", new IOException("no route"));
        };

        draft.submit();

        assertThat(outboxKeys).containsExactly("key-1");
        assertThat(draft.queuedProperty().get()).isTrue();
        assertThat(app.orderdesk.desktop.client.ErrorMessages.isConnectionProblem(
                new app.orderdesk.desktop.auth.AuthException("Your session has expired"))).as("a refused renewal").isFalse();
    }

    @Test
    void parksTheOrderInTheOutboxWhenTheApiIsUnreachableAndFollowsItOnceSent() {
        List<String> outboxKeys = outboxStoringAtOnce();
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(503, ApiError.of("SERVICE_UNAVAILABLE", "Try again shortly"));
        };

        draft.submit();

        assertThat(outboxKeys).containsExactly("key-1");
        assertThat(draft.queuedProperty().get()).isTrue();
        assertThat(draft.noticeProperty().get()).isEqualTo(OrderDraftViewModel.queuedNotice());
        assertThat(draft.errorProperty().get()).isEmpty();
        assertThat(draft.canSubmitBinding().get()).isFalse();

        draft.sentFromOutbox("other-key", new PlaceOrderResponse("o-2", "OD-2", app.orderdesk.api.OrderStatus.RECEIVED));
        assertThat(accepted).isEmpty();
        draft.sentFromOutbox("key-1", new PlaceOrderResponse("o-1", "OD-1", app.orderdesk.api.OrderStatus.RECEIVED));

        assertThat(accepted).extracting(PlaceOrderResponse::orderNumber).containsExactly("OD-1");
        assertThat(draft.placedProperty().get()).isTrue();
        assertThat(draft.queuedProperty().get()).isFalse();
    }

    @Test
    void doesNotQueueAnOrderTheServerRefused() {
        List<String> outboxKeys = new ArrayList<>();
        draft.setOutbox((request, key, whenStored, whenNotStored) -> outboxKeys.add(key));
        fillDraft();
        api.placeOrderHook = (request, key) -> {
            throw new ApiException(400, ApiError.of("VALIDATION_FAILED", "Bad order"));
        };

        draft.submit();

        assertThat(outboxKeys).isEmpty();
        assertThat(draft.errorProperty().get()).isEqualTo("Bad order");
    }

    @Test
    void enterAddsTheFirstMatchOfWhatWasTypedAndEmptiesTheFieldForTheNextProduct() {
        draft.search().queryProperty().set("tea");
        draft.search().quantityProperty().set(2);

        draft.addLineWhenReady();

        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.product()).isEqualTo(TEA);
            assertThat(line.quantity()).isEqualTo(2);
        });
        assertThat(draft.search().queryProperty().get()).isEmpty();
        assertThat(draft.search().quantityProperty().get()).isEqualTo(1);
    }

    @Test
    void arrowsMoveTheHighlightedSuggestion() {
        draft.search().queryProperty().set("e"); // "Blue mug" and "Green tea"
        assertThat(draft.search().selectedProperty().get()).isEqualTo(MUG);

        draft.search().move(1);
        draft.search().move(1);
        assertThat(draft.search().selectedProperty().get()).isEqualTo(TEA);
        draft.search().move(-1);
        assertThat(draft.search().selectedProperty().get()).isEqualTo(MUG);
    }

    @Test
    void aRemovedLineComesBackWithUndoAtItsPlace() {
        add(MUG, 2);
        add(TEA, 1);

        draft.removeLine(draft.lines().getFirst());
        assertThat(draft.orderLines().undoTextProperty().get()).contains("MUG-1");
        draft.undoRemove();

        assertThat(draft.lines()).extracting(line -> line.product().sku()).containsExactly("MUG-1", "TEA-7");
        assertThat(draft.orderLines().undoTextProperty().get()).isEmpty();
    }

    @Test
    void aQuantityEditedInTheTableChangesTheLineAndZeroRemovesIt() {
        add(MUG, 2);

        draft.changeQuantity(draft.lines().getFirst(), 5);
        assertThat(draft.lines()).singleElement().extracting(DraftLine::quantity).isEqualTo(5);
        assertThat(draft.orderLines().totalCentsProperty().get()).isEqualTo(5 * 1250);

        draft.changeQuantity(draft.lines().getFirst(), 0);
        assertThat(draft.lines()).isEmpty();
    }

    @Test
    void warnsWhenALineAsksForMoreThanIsInStock() {
        add(TEA, 3); // 3 available
        assertThat(draft.orderLines().stockWarningBinding().get()).isEmpty();

        add(TEA, 1);

        assertThat(draft.orderLines().stockWarningBinding().get()).contains("TEA-7 (4 asked, 3 available)");
    }

    /** Walked session 19: a line's "In stock" was the level when it was added, whatever other desks sold since. */
    @Test
    void aPushedStockChangeShowsTheLevelLeftOnTheLineBeingTypedAndNotOnAPlacedOrder() {
        draft.search().queryProperty().set("tea");
        add(TEA, 2); // 3 available
        draft.search().queryProperty().set("tea");
        assertThat(draft.orderLines().stockWarningBinding().get()).isEmpty();

        api.itemsNow.put(TEA.productId(), withAvailable(TEA, 1)); // another desk sold 2
        draft.refreshProduct(TEA.productId());
        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(draft.orderLines().available(line)).isEqualTo(1L);
            assertThat(line.quantity()).isEqualTo(2);
        });
        assertThat(draft.orderLines().stockWarningBinding().get()).contains("TEA-7 (2 asked, 1 available)");
        assertThat(draft.products()).singleElement().extracting(InventoryItemView::available).isEqualTo(1L);
        assertThat(draft.search().selectedProperty().get().available()).isEqualTo(1);

        draft.refreshProduct(MUG.productId()); // neither on a line nor offered: nothing is read
        assertThat(draft.products()).extracting(InventoryItemView::sku).containsExactly("TEA-7");

        draft.customer().emailProperty().set("ann@example.com");
        draft.customer().nameProperty().set("Ann Smith");
        draft.submit();
        api.itemsNow.put(TEA.productId(), withAvailable(TEA, 0)); // this order's own sale
        draft.refreshProduct(TEA.productId());
        assertThat(draft.orderLines().available(draft.lines().getFirst())).isEqualTo(1L);
    }

    /**
     * Audit, session 33: while pushes were paused every product on the order was read every 10 s whatever reads still
     * waited; with a slow API they queued up ahead of the order's own send. One read per product at a time now, and one
     * more if asked again meanwhile.
     */
    @Test
    void stockReadsWhilePushesArePausedDoNotPileUp() {
        app.orderdesk.desktop.fakes.HeldExecutor held = new app.orderdesk.desktop.fakes.HeldExecutor();
        OrderDraftViewModel slow = new OrderDraftViewModel(api, held, () -> "key-" + keys.incrementAndGet(), accepted::add);
        for (InventoryItemView product : List.of(MUG, TEA)) {
            slow.search().selectedProperty().set(product);
            slow.search().quantityProperty().set(1);
            slow.addLine();
        }
        while (held.waiting() > 0) {
            held.release(0);
        }

        slow.readStockWhilePushesPaused();
        slow.readStockWhilePushesPaused();
        slow.readStockWhilePushesPaused();
        assertThat(held.waiting()).as("one read per product").isEqualTo(2);

        api.itemsNow.put(TEA.productId(), withAvailable(TEA, 1));
        held.release(0);
        held.release(0);
        assertThat(held.waiting()).as("asked again meanwhile: each read once more").isEqualTo(2);
        held.release(0);
        held.release(0);
        assertThat(held.waiting()).isZero();
        assertThat(slow.lines()).filteredOn(line -> line.product().productId().equals(TEA.productId()))
                .singleElement().satisfies(line -> assertThat(slow.orderLines().available(line)).isEqualTo(1L));
    }

    private static InventoryItemView withAvailable(InventoryItemView item, int available) {
        return new InventoryItemView(item.productId(), item.sku(), item.name(), item.priceCents(), available,
                item.reserved(), item.lowStockThreshold(), item.lowStock(), item.category());
    }

    @Test
    void aRejectedOrderOpensAgainAsADraftWithANewKey() {
        fillDraft();
        draft.submit();
        String firstKey = draft.idempotencyKey();
        assertThat(draft.editableBinding().get()).isFalse();

        draft.reopen("Rejected: out of stock");

        assertThat(draft.editableBinding().get()).isTrue();
        assertThat(draft.idempotencyKey()).isNotEqualTo(firstKey);
        assertThat(draft.lines()).hasSize(1);
        assertThat(draft.customer().emailProperty().get()).isEqualTo("ann@example.com");
        draft.submit();
        assertThat(api.idempotencyKeys).containsExactly(firstKey, draft.idempotencyKey());
    }

    /** {@code mugs} mugs for Ann, on a form whose background work waits in {@code held}, which is then let through. */
    private static void fillHeld(OrderDraftViewModel form, app.orderdesk.desktop.fakes.HeldExecutor held, int mugs) {
        form.search().selectedProperty().set(MUG);
        form.search().quantityProperty().set(mugs);
        form.addLine();
        form.customer().emailProperty().set("ann@example.com");
        form.customer().nameProperty().set("Ann");
        while (held.waiting() > 0) {
            held.release(0); // the form's own background work, if any
        }
    }

    /** ADR 0082: what was typed, taken from one session's draft and put back into the next one's. */
    @Test
    void anOrderTypedInOneSessionIsPutBackAsTypedWithTheStockReadAgainAndTheCardToTypeAgain() {
        assertThat(draft.typedOrder()).as("nothing typed, nothing to carry").isEmpty();
        fillDraft();
        draft.customer().phoneProperty().set("+49 (30) 123");
        draft.paymentProperty().set(PaymentOption.CARD);
        draft.card().typed("4242 4242 4242 4242", "12/99", "123");
        OrderDraftViewModel.TypedOrder typed = draft.typedOrder().orElseThrow();

        InventoryItemView fewerMugs = new InventoryItemView(MUG.productId(), MUG.sku(), MUG.name(), MUG.priceCents(), 1,
                MUG.reserved(), MUG.lowStockThreshold(), MUG.lowStock(), MUG.category(), MUG.version());
        api.itemsNow.put(MUG.productId(), fewerMugs);
        OrderDraftViewModel next = new OrderDraftViewModel(api, new SameThreadExecutor(), () -> "next-key", accepted::add);
        next.takeBack(typed);

        assertThat(next.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(next.orderLines().available(line)).as("the stock read again").isEqualTo(1);
        });
        assertThat(next.customer().emailProperty().get()).isEqualTo("ann@example.com");
        assertThat(next.customer().nameProperty().get()).isEqualTo("Ann Smith");
        assertThat(next.customer().phoneProperty().get()).as("as typed").isEqualTo("+49 (30) 123");
        assertThat(next.paymentProperty().get()).isEqualTo(PaymentOption.CARD);
        assertThat(next.card().tokenProperty().get()).as("the card is typed again").isEmpty();
        assertThat(next.noticeProperty().get()).isEqualTo(app.orderdesk.desktop.ui.Messages.text("order.takenBack.card"));
        assertThat(next.idempotencyKey()).isEqualTo("next-key");
        assertThat(next.hasUnsentWork()).isTrue();
    }

    private void fillDraft() {
        add(MUG, 2);
        draft.customer().emailProperty().set("ann@example.com");
        draft.customer().nameProperty().set("Ann Smith");
    }

    private void add(app.orderdesk.api.InventoryItemView product, int quantity) {
        draft.search().selectedProperty().set(product);
        draft.search().quantityProperty().set(quantity);
        draft.addLine();
    }
}
