package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.api.PaymentUndoneView;
import app.orderdesk.api.UndoPaymentReceivedRequest;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.PaymentUndo;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ADR 0072: support or a manager undoes a payment recorded by mistake (ADR 0071). One conditional write decides; only
 * a refused write reads the order to say why (or to answer a repeat as stored).
 */
class UndoPaymentReceivedTest {

    private static final String SAM = "sam.support@orderdesk.test";
    private static final String MIA = "mia.manager@orderdesk.test";
    private static final String WRONG_ORDER = "recorded on the wrong order";

    private final World world = new World();
    private final RecordPaymentReceived record = new RecordPaymentReceived(world.orders, null, world.clock, ZoneOffset.UTC);
    private final Instant later = world.clock.instant().plus(Duration.ofHours(1));
    private final UndoPaymentReceived undo = new UndoPaymentReceived(world.orders, null, Clock.fixed(later, ZoneOffset.UTC));

    /** An order through the whole workflow: COMPLETED. */
    private String completed(String token) {
        String id = world.place(token, line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        return id;
    }

    /** A completed order paid on delivery whose payment Sam recorded: bank transfer, "ref 2026-1201". */
    private String recorded() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        record.execute(id, new PaymentReceivedRequest("BANK_TRANSFER", "ref 2026-1201"), SAM);
        return id;
    }

    private static UndoPaymentReceivedRequest because(String reason) {
        return new UndoPaymentReceivedRequest(reason);
    }

    // ---------- late copies of a request, with its Idempotency-Key (ADR 0085) ----------

    /** Sam's record got no answer; Mia undid it (wrong order); Sam's desk sends the record again: nothing is recorded. */
    @Test
    void aRecordSentAgainAfterItWasUndoneRecordsNothingAndSaysWhoUndidIt() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        record.execute(id, new PaymentReceivedRequest("CASH", null), SAM, "record-1");
        assertThat(record.execute(id, new PaymentReceivedRequest("CASH", null), SAM, "record-1").paymentReceived().recordedBy())
                .as("a repeat while the record stands answers it").isEqualTo(SAM);
        undo.execute(id, because(WRONG_ORDER), MIA, "undo-1");

        assertThatThrownBy(() -> record.execute(id, new PaymentReceivedRequest("CASH", null), SAM, "record-1"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("PAYMENT_CHANGED"))
                .hasMessageContaining("undone by " + MIA).hasMessageContaining(WRONG_ORDER);
        assertThat(world.orders.get(id).paymentReceived()).isNull();
        assertThat(record.execute(id, new PaymentReceivedRequest("CARD_ON_DELIVERY", null), SAM, "record-2").paymentReceived())
                .as("a new record, under a new key, is taken").isNotNull();
    }

    /** Mia's undo got no answer; Sam recorded the right payment since; Mia's desk sends the undo again: nothing is undone. */
    @Test
    void anUndoSentAgainAfterThePaymentWasRecordedAnewUndoesNothing() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        record.execute(id, new PaymentReceivedRequest("CASH", null), SAM, "record-1");
        undo.execute(id, because(WRONG_ORDER), MIA, "undo-1");
        assertThat(undo.execute(id, because(WRONG_ORDER), MIA, "undo-1").paymentUndone().undoneBy())
                .as("a repeat while nothing is recorded answers the order as it is").isEqualTo(MIA);
        record.execute(id, new PaymentReceivedRequest("BANK_TRANSFER", "ref 7"), SAM, "record-2");

        assertThatThrownBy(() -> undo.execute(id, because(WRONG_ORDER), MIA, "undo-1"))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("PAYMENT_CHANGED"))
                .hasMessageContaining("recorded again");
        assertThat(world.orders.get(id).paymentReceived().method()).isEqualTo(PaymentReceipt.Method.BANK_TRANSFER);
        assertThatThrownBy(() -> undo.execute(id, because(WRONG_ORDER), MIA, "bad key"))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void undoesTheRecordedPaymentInOneWriteAndTheOrderShowsWhatWasUndoneByWhomWhenAndWhy() {
        String id = recorded();
        int writes = world.orders.writes;
        int reads = world.orders.reads.get();

        OrderView view = undo.execute(id, because("  " + WRONG_ORDER + " \n"), MIA);

        PaymentUndoneView expected = new PaymentUndoneView(CollectionMethod.BANK_TRANSFER, "ref 2026-1201", SAM,
                world.clock.instant(), MIA, later, WRONG_ORDER);
        assertThat(view.paymentReceived()).as("no payment recorded any more").isNull();
        assertThat(view.paymentUndone()).isEqualTo(expected);
        assertThat(view.status()).isEqualTo(app.orderdesk.api.OrderStatus.COMPLETED);
        assertThat(view.updatedAt()).isEqualTo(later);
        assertThat(world.orders.writes - writes).as("one write").isEqualTo(1);
        assertThat(world.orders.reads.get() - reads).as("no read: the write answers the order").isZero();
        Order stored = world.orders.get(id);
        assertThat(stored.paymentReceived()).isNull();
        assertThat(stored.paymentUndone()).isEqualTo(new PaymentUndo(
                new PaymentReceipt(PaymentReceipt.Method.BANK_TRANSFER, "ref 2026-1201", SAM, world.clock.instant()), MIA, later, WRONG_ORDER));
        OrderView shown = new GetOrder(world.orders).execute(id);
        assertThat(shown.paymentUndone()).as("GET /orders/{id}").isEqualTo(expected);
        assertThat(shown.paymentReceived()).isNull();
    }

    @Test
    void anUndoAgainIsARepeatAnsweredAsStoredThatChangesNothing() {
        String id = recorded();
        OrderView first = undo.execute(id, because(WRONG_ORDER), MIA);
        Order before = world.orders.get(id);

        OrderView again = new UndoPaymentReceived(world.orders, null, Clock.fixed(later.plusSeconds(30), ZoneOffset.UTC))
                .execute(id, because("double-clicked"), SAM);

        assertThat(again.paymentUndone()).as("the first undo stays").isEqualTo(first.paymentUndone());
        assertThat(world.orders.get(id)).isEqualTo(before);
    }

    @Test
    void anOrderWhosePaymentWasNeverRecordedHasNothingToUndo() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        Order before = world.orders.get(id);

        assertThatThrownBy(() -> undo.execute(id, because(WRONG_ORDER), MIA))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NO_PAYMENT_RECORDED"))
                .hasMessage("No payment has been recorded for order " + before.orderNumber() + "; there is nothing to undo.");
        assertThat(world.orders.get(id)).isEqualTo(before);
    }

    @Test
    void aCardOrderIsNotPaidOnDeliveryAndAnUnknownOrderIsNotFound() {
        String card = completed("tok_visa");
        Order before = world.orders.get(card);
        String unknown = "00000000-0000-4000-8000-000000000099";

        assertThatThrownBy(() -> undo.execute(card, because(WRONG_ORDER), MIA))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NOT_PAID_ON_DELIVERY"))
                .hasMessage("Order " + before.orderNumber() + " was paid by card when it was placed; there is nothing to collect.");
        assertThatThrownBy(() -> undo.execute(unknown, because(WRONG_ORDER), MIA))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(unknown);
        assertThat(world.orders.get(card)).isEqualTo(before);
        assertThat(world.orders.find(unknown)).isEmpty();
    }

    @Test
    void afterAnUndoThePaymentCanBeRecordedAgainAndALaterUndoReplacesTheFirst() {
        String id = recorded();
        undo.execute(id, because(WRONG_ORDER), MIA);

        Instant recordedAgainAt = later.plusSeconds(60);
        OrderView again = new RecordPaymentReceived(world.orders, null, Clock.fixed(recordedAgainAt, ZoneOffset.UTC), ZoneOffset.UTC)
                .execute(id, new PaymentReceivedRequest("CASH", null), SAM);

        assertThat(again.paymentReceived().method()).isEqualTo(CollectionMethod.CASH);
        assertThat(again.paymentReceived().recordedAt()).isEqualTo(recordedAgainAt);
        assertThat(again.paymentUndone().reason()).as("the earlier undo is still shown").isEqualTo(WRONG_ORDER);

        Instant undoneAgainAt = recordedAgainAt.plusSeconds(60);
        OrderView undoneAgain = new UndoPaymentReceived(world.orders, null, Clock.fixed(undoneAgainAt, ZoneOffset.UTC))
                .execute(id, because("cash was for another order"), SAM);
        assertThat(undoneAgain.paymentUndone()).as("only the last undo is kept").isEqualTo(new PaymentUndoneView(
                CollectionMethod.CASH, null, SAM, recordedAgainAt, SAM, undoneAgainAt, "cash was for another order"));
    }

    @Test
    void theUndoneRecordStaysThroughLaterWritesOfTheOrder() {
        String id = recorded();
        undo.execute(id, because(WRONG_ORDER), MIA);

        world.orders.update(OrderUpdate.moveTo(id, OrderStatus.PARTIALLY_REFUNDED, later.plusSeconds(5)));

        assertThat(new GetOrder(world.orders).execute(id).paymentUndone().reason()).isEqualTo(WRONG_ORDER);
    }

    // ---------- the write decides: what changed just before it is what counts ----------

    @Test
    void whenTwoUndoAtOnceTheFirstWriteWinsAndTheOtherIsARepeat() {
        String id = recorded();
        world.orders.beforeNextWrite = () -> undo.execute(id, because("mine first"), SAM);

        OrderView view = undo.execute(id, because(WRONG_ORDER), MIA);

        assertThat(view.paymentUndone().undoneBy()).as("the other agent's undo, answered as stored").isEqualTo(SAM);
        assertThat(view.paymentUndone().reason()).isEqualTo("mine first");
    }

    @Test
    void aPaymentRecordedBetweenARefusedWriteAndItsReadIsUndoneByASecondWrite() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        OrderRepository recordedMeanwhile = new OrderRepository() {
            private boolean first = true;

            @Override public Optional<Order> find(String orderId) { return world.orders.find(orderId); }
            @Override public boolean create(Order order) { return world.orders.create(order); }
            @Override public boolean update(OrderUpdate update) { return world.orders.update(update); }

            @Override
            public Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
                Optional<Order> written = world.orders.undoPaymentReceived(orderId, undoneBy, undoneAt, reason, requestKey);
                if (first) {
                    first = false;
                    record.execute(orderId, new PaymentReceivedRequest("CASH", null), SAM); // recorded right after the refused write
                }
                return written;
            }
        };

        OrderView view = new UndoPaymentReceived(recordedMeanwhile, null, world.clock).execute(id, because(WRONG_ORDER), MIA);

        assertThat(view.paymentReceived()).isNull();
        assertThat(view.paymentUndone().recordedBy()).isEqualTo(SAM);
        assertThat(view.paymentUndone().undoneBy()).isEqualTo(MIA);
        assertThat(world.orders.get(id).paymentReceived()).isNull();
    }

    @Test
    void aPaymentThatKeepsBeingRecordedAgainAfterEachRefusedWriteIsAConflictToTryAgain() {
        String id = recorded();
        OrderRepository flapping = new OrderRepository() {
            @Override public Optional<Order> find(String orderId) { return world.orders.find(orderId); }
            @Override public boolean create(Order order) { return world.orders.create(order); }
            @Override public boolean update(OrderUpdate update) { return world.orders.update(update); }

            @Override
            public Optional<Order> undoPaymentReceived(String orderId, String undoneBy, Instant undoneAt, String reason, String requestKey) {
                return Optional.empty(); // each write lost to another agent's undo, and the payment recorded again before the read
            }
        };

        assertThatThrownBy(() -> new UndoPaymentReceived(flapping, null, world.clock).execute(id, because(WRONG_ORDER), MIA))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("PAYMENT_CHANGED"))
                .hasMessageContaining("try again");
    }

    // ---------- input ----------

    @Test
    void theReasonIsRequiredTrimmedAtMost200CharactersWithoutControlCharacters() {
        String id = recorded();
        for (String reason : Arrays.asList(null, "", "  \n\t ")) {
            assertReasonRefused(id, reason, "is required");
        }
        assertReasonRefused(id, "x".repeat(201), "must be at most 200 characters");
        assertReasonRefused(id, "wrong\u0000order", "must not contain control characters");
        assertReasonRefused(id, "wrong\norder", "must not contain control characters");
        assertThat(world.orders.get(id).paymentUndone()).as("nothing undone by a refused reason").isNull();

        assertThat(undo.execute(id, because(" " + "y".repeat(200) + " "), MIA).paymentUndone().reason()).hasSize(200);
    }

    private void assertReasonRefused(String id, String reason, String issue) {
        assertThatThrownBy(() -> undo.execute(id, because(reason), MIA)).as(String.valueOf(reason))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement().satisfies(i -> {
                    assertThat(i.field()).isEqualTo("reason");
                    assertThat(i.issue()).isEqualTo(issue);
                }));
    }

    @Test
    void theBodyAndAValidIdAreRequired() {
        String id = recorded();
        assertThatThrownBy(() -> undo.execute(id, null, MIA))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("body"));
        assertThatThrownBy(() -> undo.execute("OD-000001", because(WRONG_ORDER), MIA))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("id"));
        assertThat(world.orders.get(id).paymentReceived()).isNotNull();
    }
}
