package app.orderdesk.backend.usecase;

import static app.orderdesk.backend.fakes.World.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.fakes.World;
import org.junit.jupiter.api.Test;

class ResendReceiptTest {

    private final World world = new World();

    private String completedOrder() {
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.emailReceipt.execute(id);
        return id;
    }

    @Test
    void resendsTheStoredReceiptToTheCustomer() {
        String id = completedOrder();

        var response = world.resendReceipt.execute(id, null);

        assertThat(response.sentTo()).isEqualTo("ada@example.test");
        assertThat(world.outbox.sent).hasSize(2);
        var again = world.outbox.sent.getLast();
        assertThat(again.to()).isEqualTo("ada@example.test");
        assertThat(again.attachments().getFirst().content()).isEqualTo(world.outbox.sent.getFirst().attachments().getFirst().content());
    }

    /**
     * Audit, session 33: the workflow's EmailReceipt gave up (the mail service down) and flagged the order for follow-up;
     * support's resend got the receipt to the customer, but the order stayed "Receipt ready — resend it", on the
     * Attention list and out of the day's completed orders and revenue for good.
     */
    @Test
    void aResendOfAReceiptTheWorkflowCouldNotSendCompletesTheOrderAndCountsItOnce() {
        var totals = new app.orderdesk.backend.fakes.InMemoryDailyTotals();
        var outcomes = new RecordOrderOutcome(world.orders, totals, java.time.ZoneOffset.UTC);
        var resend = new ResendReceipt(world.orders, world.receipts, world.outbox, world.clock, null,
                () -> app.orderdesk.backend.domain.StoreSettings.DEFAULTS, outcomes);
        String id = world.place("tok_visa", line("p-mug", 1));
        world.reserveStock.execute(id);
        world.processPayment.execute(id);
        world.commitStock.execute(id);
        world.generateReceipt.execute(id);
        world.markOrder.execute(StepInput.of(id), null, new WorkflowError("States.Timeout", null)); // EmailReceipt gave up
        assertThat(world.orders.get(id).status()).isEqualTo(app.orderdesk.backend.domain.OrderStatus.RECEIPT_READY);
        assertThat(world.orders.get(id).statusReason()).isEqualTo(FailureReasons.RECEIPT_FOLLOW_UP);

        resend.execute(id, null);

        var order = world.orders.get(id);
        assertThat(order.status()).isEqualTo(app.orderdesk.backend.domain.OrderStatus.COMPLETED);
        assertThat(order.statusReason()).as("nothing left to follow up").isNull();
        assertThat(order.emailSentAt()).isEqualTo(world.clock.instant());
        assertThat(world.orders.timelines.get(id)).extracting(step -> step.name()).last().isEqualTo("EmailReceipt");
        String day = java.time.LocalDate.ofInstant(order.createdAt(), java.time.ZoneOffset.UTC).toString();
        assertThat(totals.read(java.util.List.of(day)).getFirst().ended())
                .containsEntry(app.orderdesk.backend.domain.OrderStatus.COMPLETED, 1L);

        resend.execute(id, null); // again: mailed again, nothing else changes
        world.emailReceipt.execute(id); // a workflow still retrying its step finds the mail sent
        assertThat(world.outbox.sent).hasSize(2);
        assertThat(world.orders.timelines.get(id)).filteredOn(step -> step.name().equals("EmailReceipt") && step.status().equals("SUCCEEDED"))
                .as("one successful email step").hasSize(1);
        assertThat(totals.read(java.util.List.of(day)).getFirst().ended())
                .containsEntry(app.orderdesk.backend.domain.OrderStatus.COMPLETED, 1L);
    }

    @Test
    void sendsToACorrectedAddress() {
        String id = completedOrder();

        var response = world.resendReceipt.execute(id, " Ada.Lovelace@Example.test ");

        assertThat(response.sentTo()).isEqualTo("ada.lovelace@example.test");
        assertThat(world.outbox.sent.getLast().to()).isEqualTo("ada.lovelace@example.test");
    }

    @Test
    void refusesWhenTheReceiptIsNotReady() {
        String id = world.place("tok_visa", line("p-mug", 1));

        assertThatThrownBy(() -> world.resendReceipt.execute(id, null))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("RECEIPT_NOT_READY"));
        assertThat(world.outbox.sent).isEmpty();
    }

    @Test
    void rejectsABadAddressAndUnknownOrders() {
        assertThatThrownBy(() -> world.resendReceipt.execute("00000000-0000-4000-8000-000000000099", "not-an-email"))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        v -> assertThat(v.issues().getFirst().field()).isEqualTo("email"));
        assertThatThrownBy(() -> world.resendReceipt.execute("00000000-0000-4000-8000-000000000099", null))
                .isInstanceOf(NotFoundException.class);
    }
}
