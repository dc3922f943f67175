package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.api.OrderView;
import app.orderdesk.api.PaymentReceivedRequest;
import app.orderdesk.api.PaymentReceivedView;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.PaymentReceipt;
import app.orderdesk.backend.domain.ReasonCode;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderUpdate;
import app.orderdesk.backend.port.RefundRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ADR 0071: support or a manager records that the customer of an order paid on delivery paid. One conditional
 * write decides; only a refused write reads the order to say why (or to answer a repeat as stored).
 */
class RecordPaymentReceivedTest {

    private static final String SAM = "sam.support@orderdesk.test";
    private static final String MIA = "mia.manager@orderdesk.test";

    private final World world = new World();
    private final RecordPaymentReceived record = new RecordPaymentReceived(world.orders, null, world.clock, ZoneOffset.UTC);

    /** An order through the whole workflow: COMPLETED. */
    private String completed(String token) {
        String id = throughReceipt(token);
        world.emailReceipt.execute(id);
        assertThat(world.orders.get(id).status()).isEqualTo(OrderStatus.COMPLETED);
        return id;
    }

    /** An order whose receipt is made but not yet emailed: RECEIPT_READY, still in progress. */
    private String throughReceipt(String token) {
        String id = world.place(token, line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        return id;
    }

    private static PaymentReceivedRequest request(String method, String note) {
        return new PaymentReceivedRequest(method, note);
    }

    private RecordPaymentReceived at(Instant instant) {
        return new RecordPaymentReceived(world.orders, null, Clock.fixed(instant, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void recordsThePaymentOfACompletedOrderPaidOnDeliveryAndTheOrderShowsIt() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        int writes = world.orders.writes;
        int reads = world.orders.reads.get();

        OrderView view = record.execute(id, request("BANK_TRANSFER", "  transfer ref 2026-1201  "), SAM);

        PaymentReceivedView expected = new PaymentReceivedView(CollectionMethod.BANK_TRANSFER, "transfer ref 2026-1201", SAM,
                world.clock.instant());
        assertThat(view.paymentReceived()).isEqualTo(expected);
        assertThat(view.status()).isEqualTo(app.orderdesk.api.OrderStatus.COMPLETED);
        assertThat(world.orders.writes - writes).as("one write").isEqualTo(1);
        assertThat(world.orders.reads.get() - reads).as("no read: the write answers the order").isZero();
        assertThat(world.orders.get(id).paymentReceived())
                .isEqualTo(new PaymentReceipt(PaymentReceipt.Method.BANK_TRANSFER, "transfer ref 2026-1201", SAM, world.clock.instant()));
        assertThat(new GetOrder(world.orders).execute(id).paymentReceived()).as("GET /orders/{id}").isEqualTo(expected);
    }

    @Test
    void anOrderPaidOnDeliveryShowsNoPaymentUntilOneIsRecordedAndACardOrderNever() {
        String onDelivery = completed(Order.PAY_ON_DELIVERY_TOKEN);
        String card = completed("tok_visa");

        assertThat(new GetOrder(world.orders).execute(onDelivery).paymentReceived()).isNull();
        assertThat(new GetOrder(world.orders).execute(card).paymentReceived()).isNull();
    }

    @Test
    void aPartlyRefundedOrderStillTakesItsPayment() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.update(OrderUpdate.moveTo(id, OrderStatus.PARTIALLY_REFUNDED, world.clock.instant()));

        OrderView view = record.execute(id, request("CASH", null), MIA);

        assertThat(view.paymentReceived().method()).isEqualTo(CollectionMethod.CASH);
        assertThat(view.status()).isEqualTo(app.orderdesk.api.OrderStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void theSameMethodAgainIsARepeatThatKeepsTheFirstRecord() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        OrderView first = record.execute(id, request("CASH", "to the driver"), SAM);

        OrderView again = at(world.clock.instant().plus(Duration.ofHours(2))).execute(id, request("CASH", "counted at the till"), MIA);

        assertThat(again.paymentReceived()).as("the first recorder, time and note stay").isEqualTo(first.paymentReceived());
        assertThat(again.paymentReceived().recordedBy()).isEqualTo(SAM);
        assertThat(world.orders.get(id).paymentReceived().recordedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void anotherMethodIsAConflictThatSaysHowByWhomAndWhenItWasRecordedOnTheStoresClock() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        record.execute(id, request("CASH", null), SAM);
        Order before = world.orders.get(id);

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String recordedInBerlin = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(world.clock.instant().atZone(berlin));
        RecordPaymentReceived inBerlin = new RecordPaymentReceived(world.orders, null,
                Clock.fixed(world.clock.instant().plusSeconds(60), ZoneOffset.UTC), berlin);
        assertThat(recordedInBerlin).as("the store's wall clock differs from UTC's")
                .isNotEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(world.clock.instant().atZone(ZoneOffset.UTC)));

        assertThatThrownBy(() -> inBerlin.execute(id, request("BANK_TRANSFER", null), MIA))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("PAYMENT_ALREADY_RECEIVED"))
                .hasMessageContaining(before.orderNumber()).hasMessageContaining("cash").hasMessageContaining(SAM)
                .as("when, on the store's clock (its zone named), not a UTC instant")
                .hasMessageContaining(" at " + recordedInBerlin + " (Europe/Berlin).");
        assertThat(world.orders.get(id)).isEqualTo(before);
    }

    @Test
    void aCardOrderHasNothingToCollect() {
        String id = completed("tok_visa");
        Order before = world.orders.get(id);

        assertThatThrownBy(() -> record.execute(id, request("CASH", null), SAM))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NOT_PAID_ON_DELIVERY"))
                .hasMessage("Order " + before.orderNumber() + " was paid by card when it was placed; there is nothing to collect.");
        assertThat(world.orders.get(id)).isEqualTo(before);
    }

    @Test
    void anOrderInProgressRefundedInFullOrEndedOtherwiseIsNotCollectableAndTheMessageSaysWhy() {
        String inProgress = throughReceipt(Order.PAY_ON_DELIVERY_TOKEN);
        String refunded = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.update(OrderUpdate.moveTo(refunded, OrderStatus.REFUNDED, world.clock.instant()));
        String cancelled = world.place(Order.PAY_ON_DELIVERY_TOKEN, line("p-mug", 1));
        world.cancelOrder.execute(cancelled, null, MIA);

        assertNotCollectable(inProgress, "not completed yet");
        assertNotCollectable(refunded, "everything was credited, so nothing is owed");
        assertNotCollectable(cancelled, "it ended as cancelled");
        for (String id : List.of(inProgress, refunded, cancelled)) {
            assertThat(world.orders.get(id).paymentReceived()).isNull();
        }
    }

    private void assertNotCollectable(String id, String why) {
        assertThatThrownBy(() -> record.execute(id, request("CASH", null), SAM))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NOT_COLLECTABLE"))
                .hasMessageContaining(world.orders.get(id).orderNumber()).hasMessageContaining(why);
    }

    // ---------- the write decides: what changed just before it is what counts ----------

    @Test
    void anOrderRefundedInFullJustBeforeTheWriteTakesNoPayment() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.beforeNextWrite = () -> world.orders.update(OrderUpdate.moveTo(id, OrderStatus.REFUNDED, world.clock.instant()));

        assertThatThrownBy(() -> record.execute(id, request("CASH", null), SAM))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("NOT_COLLECTABLE"));
        assertThat(world.orders.get(id).paymentReceived()).isNull();
    }

    @Test
    void whenTwoRecordAtOnceTheFirstWriteWinsAndTheOtherIsARepeatOrAConflict() {
        String same = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.beforeNextWrite = () -> at(world.clock.instant().minusSeconds(5)).execute(same, request("CASH", null), MIA);
        OrderView repeat = record.execute(same, request("CASH", "mine"), SAM);
        assertThat(repeat.paymentReceived().recordedBy()).as("the other agent's record, answered as stored").isEqualTo(MIA);
        assertThat(repeat.paymentReceived().note()).isNull();

        String other = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.beforeNextWrite = () -> record.execute(other, request("CARD_ON_DELIVERY", null), MIA);
        assertThatThrownBy(() -> record.execute(other, request("CASH", null), SAM))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("PAYMENT_ALREADY_RECEIVED"))
                .hasMessageContaining("card on delivery").hasMessageContaining(MIA);
        assertThat(world.orders.get(other).paymentReceived().method()).isEqualTo(PaymentReceipt.Method.CARD_ON_DELIVERY);
    }

    @Test
    void anOrderThatCompletesBetweenARefusedWriteAndItsReadIsWrittenAgain() {
        String id = throughReceipt(Order.PAY_ON_DELIVERY_TOKEN);
        OrderRepository completingMeanwhile = new OrderRepository() {
            private boolean first = true;

            @Override public Optional<Order> find(String orderId) { return world.orders.find(orderId); }
            @Override public boolean create(Order order) { return world.orders.create(order); }
            @Override public boolean update(OrderUpdate update) { return world.orders.update(update); }

            @Override
            public Optional<Order> recordPaymentReceived(String orderId, PaymentReceipt receipt, String requestKey) {
                Optional<Order> written = world.orders.recordPaymentReceived(orderId, receipt, requestKey);
                if (first) {
                    first = false;
                    world.emailReceipt.execute(orderId); // the order completes right after the refused write
                }
                return written;
            }
        };

        OrderView view = new RecordPaymentReceived(completingMeanwhile, null, world.clock, ZoneOffset.UTC).execute(id, request("CASH", null), SAM);

        assertThat(view.status()).isEqualTo(app.orderdesk.api.OrderStatus.COMPLETED);
        assertThat(view.paymentReceived().recordedBy()).isEqualTo(SAM);
    }

    // ---------- the answer ----------

    @Test
    void theAnswerListsTheOrdersRefundsAsGetOrderDoes() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        world.orders.update(OrderUpdate.moveTo(id, OrderStatus.PARTIALLY_REFUNDED, world.clock.instant()));
        Refund credited = new Refund("r-1", id, "key", "hash", "gk", Refund.State.CREDITED, RefundReason.DAMAGED, "chipped",
                List.of(new RefundLine(0, "p-mug", "MUG-BLU", "Blue Mug", 1, false, Money.ofCents(500))), Money.ofCents(500), MIA,
                world.clock.instant(), null, null, null, null, null);

        OrderView view = new RecordPaymentReceived(world.orders, new Refunds(credited), world.clock, ZoneOffset.UTC).execute(id, request("OTHER", "voucher"), SAM);

        assertThat(view.refunds()).singleElement().satisfies(r -> {
            assertThat(r.refundId()).isEqualTo("r-1");
            assertThat(r.state()).isEqualTo("CREDITED");
        });
        assertThat(view.paymentReceived().method()).isEqualTo(CollectionMethod.OTHER);
    }

    // ---------- input ----------

    @Test
    void theMethodIsRequiredAndMustBeACollectionMethodTheMessageListingThem() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        for (String method : Arrays.asList(null, "", "cash", "CHEQUE", " CASH")) {
            assertThatThrownBy(() -> record.execute(id, request(method, null), SAM)).as(String.valueOf(method))
                    .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement().satisfies(i -> {
                        assertThat(i.field()).isEqualTo("method");
                        assertThat(i.issue()).contains("CASH, BANK_TRANSFER, CARD_ON_DELIVERY, OTHER");
                    }));
        }
        assertThat(world.orders.get(id).paymentReceived()).isNull();
    }

    @Test
    void theNoteIsAtMost200CharactersTrimmedAndBlankMeansNone() {
        String id = completed(Order.PAY_ON_DELIVERY_TOKEN);
        assertThatThrownBy(() -> record.execute(id, request("CASH", "x".repeat(201)), SAM))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues()).singleElement().satisfies(i -> {
                    assertThat(i.field()).isEqualTo("note");
                    assertThat(i.issue()).contains("200");
                }));
        assertThatThrownBy(() -> record.execute(id, request("COINS", "x".repeat(201)), SAM))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues())
                        .extracting(app.orderdesk.backend.domain.FieldIssue::field).containsExactly("method", "note"));

        assertThat(record.execute(id, request("CASH", " \n\t "), SAM).paymentReceived().note()).isNull();

        String another = completed(Order.PAY_ON_DELIVERY_TOKEN);
        assertThat(record.execute(another, request("CASH", "y".repeat(200)), SAM).paymentReceived().note()).hasSize(200);
    }

    @Test
    void theBodyAndAValidIdAreRequiredAndAnUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> record.execute(completed(Order.PAY_ON_DELIVERY_TOKEN), null, SAM))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("body"));
        assertThatThrownBy(() -> record.execute("OD-000001", request("CASH", null), SAM))
                .isInstanceOfSatisfying(ValidationFailedException.class, v -> assertThat(v.issues().getFirst().field()).isEqualTo("id"));
        assertThatThrownBy(() -> record.execute("00000000-0000-4000-8000-000000000099", request("CASH", null), SAM))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("00000000-0000-4000-8000-000000000099");
        assertThat(world.orders.find("00000000-0000-4000-8000-000000000099")).isEmpty();
    }

    @Test
    void everyCollectionMethodOfTheApiHasOneOfTheDomainAndBack() {
        for (CollectionMethod api : CollectionMethod.values()) {
            assertThat(CollectionMethods.toApi(CollectionMethods.toDomain(api))).isEqualTo(api);
            assertThat(CollectionMethods.toDomain(api).name()).isEqualTo(api.name());
        }
        assertThat(PaymentReceipt.Method.values()).hasSameSizeAs(CollectionMethod.values());
    }

    /** The refunds of one order, as the store reads them (nothing else is called). */
    private record Refunds(Refund refund) implements RefundRepository {
        @Override public OrderRefunds find(String orderId) {
            return new OrderRefunds(List.of(refund), Map.of(0, 1), refund.amount().cents());
        }
        @Override public ApplyOutcome apply(Order order, Refund refund) { throw new AssertionError(); }
        @Override public boolean claimWork(String orderId, String refundId, Instant now, Duration stale) { throw new AssertionError(); }
        @Override public void markFinished(String orderId, String refundId, Instant at) { throw new AssertionError(); }
        @Override public void markRefunded(String orderId, String refundId, String gatewayRefundId) { throw new AssertionError(); }
        @Override public void markCredited(String orderId, String refundId) { throw new AssertionError(); }
        @Override public void markRefused(String orderId, Refund refund, String why) { throw new AssertionError(); }
        @Override public java.util.Optional<app.orderdesk.backend.domain.OrderStatus> statusFollowsRefunds(String orderId,
                java.time.Instant at) { throw new AssertionError(); }
        @Override public void markCreditNote(String orderId, String refundId, String creditNoteKey) { throw new AssertionError(); }
        @Override public void markEmailed(String orderId, String refundId, Instant at) { throw new AssertionError(); }
        @Override public void flagFollowUp(String orderId, String refundId, String followUp, ReasonCode code) { throw new AssertionError(); }
    }
}
