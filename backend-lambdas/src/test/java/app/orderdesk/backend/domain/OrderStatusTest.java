package app.orderdesk.backend.domain;

import static app.orderdesk.backend.domain.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void followsTheHappyPathOneStepAtATime() {
        assertThat(RECEIVED.canMoveTo(RESERVED)).isTrue();
        assertThat(RESERVED.canMoveTo(PAID)).isTrue();
        assertThat(PAID.canMoveTo(FULFILLED)).isTrue();
        assertThat(FULFILLED.canMoveTo(RECEIPT_READY)).isTrue();
        assertThat(RECEIPT_READY.canMoveTo(COMPLETED)).isTrue();
        assertThat(RECEIVED.canMoveTo(PAID)).isFalse();
    }

    @Test
    void neverMovesAFinalOrderAgainExceptThatARefundFollowsACompletedOne() {
        java.util.Set<OrderStatus> refundable = java.util.EnumSet.of(COMPLETED, PARTIALLY_REFUNDED);
        java.util.Set<OrderStatus> refunded = java.util.EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
        for (OrderStatus end : new OrderStatus[] {COMPLETED, REJECTED, PAYMENT_DECLINED, FAILED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED}) {
            assertThat(end.isFinal()).as(end + " is final").isTrue();
            for (OrderStatus next : OrderStatus.values()) {
                assertThat(end.canMoveTo(next)).as(end + " -> " + next)
                        .isEqualTo(refundable.contains(end) && refunded.contains(next));
            }
        }
    }

    @Test
    void rejectsOnlyBeforePaymentButFailsAPaidOrder() {
        assertThat(RESERVED.canMoveTo(REJECTED)).isTrue();
        assertThat(PAID.canMoveTo(REJECTED)).isFalse();
        assertThat(PAID.canMoveTo(FAILED)).isTrue();
        assertThat(FULFILLED.canMoveTo(FAILED)).isFalse();
    }

    @Test
    void knowsWhichStepsWereReached() {
        assertThat(RECEIPT_READY.hasReached(PAID)).isTrue();
        assertThat(RESERVED.hasReached(PAID)).isFalse();
        assertThat(REJECTED.hasReached(RECEIVED)).isFalse();
    }
}
