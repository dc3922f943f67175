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
