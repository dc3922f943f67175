package app.orderdesk.backend.usecase;

import app.orderdesk.api.RefundLineRequest;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.api.RefundView;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Order;
import app.orderdesk.backend.domain.OrderLine;
import app.orderdesk.backend.domain.OrderStatus;
import app.orderdesk.backend.domain.Refund;
import app.orderdesk.backend.domain.RefundLine;
import app.orderdesk.backend.domain.RefundReason;
import app.orderdesk.backend.errors.ConflictException;
import app.orderdesk.backend.errors.ForbiddenException;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.PaymentGateway;
import app.orderdesk.backend.port.RefundRepository;
import app.orderdesk.backend.port.RefundRepository.OrderRefunds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * POST /orders/{id}/refunds: gives money back for a completed order, in full or per line and
 * quantity, with a reason code; restocked units go back to stock as RETURN movements; a credit note
 * is stored and emailed.
 *
 * <p>Race-safe and idempotent without transactions: the refund is first recorded on the order in one
 * conditional write that keeps every line within what was sold ({@link RefundRepository#apply}), so of
 * two agents refunding the same line at once one wins and the other gets 409. Only then does the money
 * move, through the gateway with its own idempotency key derived from the request's key; restock,
 * credit note and email follow, each idempotent, so a retry with the same Idempotency-Key finishes
 * whatever a failure left undone and answers the same refund. An order paid on invoice / on delivery
 * took no money through the gateway, so its refund is CREDITED instead: the amount comes off what the
 * customer owes, or the store pays it back by hand (ADR 0068).
 */
public final class RefundOrder {

    static final Duration KEY_LIFETIME = Duration.ofDays(7);
    /** Longer than the function's timeout (20 s): a claim this old belongs to a call that is gone. */
    static final Duration CLAIM_STALE_AFTER = Duration.ofSeconds(60);
    static final int AWAIT_ATTEMPTS = 50;
    private static final Set<OrderStatus> REFUNDABLE = EnumSet.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED);

    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final IdempotencyStore idempotency;
    private final PaymentGateway payments;
    private final Restock restock;
    private final CreditNotes creditNotes;
    private final IdGenerator ids;
    private final Clock clock;
    private final long supportLimitCents;
    private final Runnable pause;
    private final RefundsOfTheDay dayCount;

    public RefundOrder(OrderRepository orders, RefundRepository refunds, IdempotencyStore idempotency, PaymentGateway payments,
                       Restock restock, CreditNotes creditNotes, RefundsOfTheDay dayCount, IdGenerator ids, Clock clock,
                       long supportLimitCents) {
        this(orders, refunds, idempotency, payments, restock, creditNotes, dayCount, ids, clock, supportLimitCents,
                RefundOrder::shortPause);
    }

    /** With {@code pause}: what a caller does between looks at a refund another call is finishing (tests: nothing). */
    public RefundOrder(OrderRepository orders, RefundRepository refunds, IdempotencyStore idempotency, PaymentGateway payments,
                       Restock restock, CreditNotes creditNotes, RefundsOfTheDay dayCount, IdGenerator ids, Clock clock,
                       long supportLimitCents, Runnable pause) {
        this.pause = pause;
        this.dayCount = dayCount;
        this.orders = orders;
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.payments = payments;
        this.restock = restock;
        this.creditNotes = creditNotes;
        this.ids = ids;
        this.clock = clock;
        this.supportLimitCents = supportLimitCents;
    }

    /** Who asks: their name for the audit trail, and whether they may refund above the support limit (managers). */
    public record Requester(String actor, boolean mayExceedSupportLimit) {}

    public RefundView execute(String orderId, RefundRequest request, Requester requester, String idempotencyKey) {
        String id = OrderIds.require(orderId);
        RefundRequestCheck.validate(request, idempotencyKey);
        Order order = orders.find(id).orElseThrow(() -> NotFoundException.order(id));
        String hash = RefundRequestCheck.hash(id, request);
        OrderRefunds sofar = refunds.find(id);
        Optional<Refund> replay = sofar.refunds().stream().filter(r -> idempotencyKey.equals(r.idempotencyKey())).findFirst();
        if (replay.isPresent()) {
            if (!replay.get().requestHash().equals(hash)) {
                throw conflictingKey();
            }
            refunds.statusFollowsRefunds(id, clock.instant()); // a status write lost on the first try (audit, session 34)
            return finish(order, replay.get());
        }
        if (!REFUNDABLE.contains(order.status())) {
            throw notRefundable(order);
        }
        List<RefundLine> lines = resolveLines(order, request, sofar);
        Money amount = lines.stream().map(RefundLine::amount).reduce(Money.zero(order.total().currency()), Money::plus);
        if (!requester.mayExceedSupportLimit() && amount.cents() > supportLimitCents) {
            throw new ForbiddenException("Support can refund up to " + Money.ofCents(supportLimitCents, amount.currency()).format()
                    + " at a time; this refund is " + amount.format() + ". Ask a manager to make it.");
        }
        Instant now = clock.instant();
        var claim = new IdempotencyRecord("refund:" + id + ":" + idempotencyKey, hash, ids.newId(), now, now.plus(KEY_LIFETIME));
        Optional<IdempotencyRecord> existing = idempotency.putIfAbsent(claim);
        if (existing.isPresent() && !existing.get().requestHash().equals(hash)) {
            throw conflictingKey();
        }
        IdempotencyRecord bound = existing.orElse(claim);
        String refundId = bound.orderId();
        var refund = new Refund(refundId, id, idempotencyKey, hash, id + ":refund:" + idempotencyKey, Refund.State.PENDING,
                RefundReason.valueOf(request.reason()), note(request), lines, amount, requester.actor(), now,
                null, null, null, null, null);
        switch (refunds.apply(order, refund)) {
            case RefundRepository.ApplyOutcome.Applied applied -> { }
            case RefundRepository.ApplyOutcome.AlreadyApplied again -> {
                refunds.statusFollowsRefunds(id, clock.instant());
                refund = refunds.find(id).byId(refundId).orElse(refund);
            }
            // Refused after the claim (a refund or status change at another desk got there first): nothing was written,
            // so the key is freed, as when the same check refuses before the claim, and the corrected request may use it.
            case RefundRepository.ApplyOutcome.ExceedsSold exceeds -> {
                idempotency.release(bound);
                throw exceedsSold(order, order.lines().get(exceeds.lineIndex()), exceeds.alreadyRefunded());
            }
            case RefundRepository.ApplyOutcome.NotRefundable no -> {
                idempotency.release(bound);
                throw notRefundable(orders.find(id).orElse(order));
            }
        }
        return finish(order, refund);
    }

    /**
     * Everything after the refund is on the order, done by the one caller that claims it (the same
     * request sent several times at once waits for that caller); each step is skipped when a previous
     * call already did it, so a retry finishes only what a failure left undone.
     */
    private RefundView finish(Order order, Refund refund) {
        if (refund.state() == Refund.State.REFUSED) {
            throw new ConflictException("REFUND_REFUSED", "The payment gateway refused this refund: " + refund.followUp());
        }
        if (!refunds.claimWork(order.orderId(), refund.refundId(), clock.instant(), CLAIM_STALE_AFTER)) {
            return RefundViews.toView(awaitFinished(order.orderId(), refund));
        }
        doFinish(order, refund);
        refunds.markFinished(order.orderId(), refund.refundId(), clock.instant());
        return RefundViews.toView(refunds.find(order.orderId()).byId(refund.refundId()).orElse(refund));
    }

    /** Bounded: answers what is stored after at most {@link #AWAIT_ATTEMPTS} short pauses. */
    private Refund awaitFinished(String orderId, Refund refund) {
        Refund current = refund;
        for (int attempt = 0; attempt < AWAIT_ATTEMPTS; attempt++) {
            current = refunds.find(orderId).byId(refund.refundId()).orElse(current);
            if (current.finishedAt() != null) {
                break;
            }
            pause.run();
        }
        if (current.state() == Refund.State.REFUSED) {
            throw new ConflictException("REFUND_REFUSED", "The payment gateway refused this refund: " + current.followUp());
        }
        return current;
    }

    private void doFinish(Order order, Refund refund) {
        if (refund.state() == Refund.State.PENDING && order.paidOnDelivery()) {
            // No charge was taken (ADR 0068): nothing goes through the gateway; the credit note tells the customer.
            refunds.markCredited(order.orderId(), refund.refundId());
        } else if (refund.state() == Refund.State.PENDING) {
            switch (payments.refund(refund.gatewayKey(), order.orderId(), refund.amount(), refund.reason().name())) {
                case PaymentGateway.RefundResult.Refunded done -> refunds.markRefunded(order.orderId(), refund.refundId(), done.gatewayRefundId());
                case PaymentGateway.RefundResult.Refused refused -> {
                    refunds.markRefused(order.orderId(), refund, refused.reason());
                    // it gave the amount back; the status it left (REFUNDED with nothing refunded) goes back too
                    refunds.statusFollowsRefunds(order.orderId(), clock.instant());
                    throw new ConflictException("REFUND_REFUSED", "The payment gateway refused the refund: " + refused.reason());
                }
            }
        }
        restock.returnToStock(order, refund);
        Refund moved = refunds.find(order.orderId()).byId(refund.refundId()).orElse(refund);
        dayCount.count(moved);
        creditNotes.storeAndSend(order, moved);
    }

    private static void shortPause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a refund to finish", e);
        }
    }

    private static List<RefundLine> resolveLines(Order order, RefundRequest request, OrderRefunds sofar) {
        List<RefundLine> lines = new ArrayList<>();
        if (Boolean.TRUE.equals(request.full())) {
            for (int i = 0; i < order.lines().size(); i++) {
                int left = order.lines().get(i).quantity() - sofar.refunded(i);
                if (left > 0) {
                    lines.add(RefundLine.of(i, order.lines().get(i), left, request.restock()));
                }
            }
            if (lines.isEmpty()) {
                throw new ConflictException("NOTHING_TO_REFUND", "Everything on order " + order.orderNumber() + " was already refunded.");
            }
            return lines;
        }
        for (int r = 0; r < request.lines().size(); r++) {
            RefundLineRequest wanted = request.lines().get(r);
            int index = indexOfSku(order, wanted.sku());
            if (index < 0) {
                throw new ValidationFailedException("lines[" + r + "].sku", "is not on order " + order.orderNumber());
            }
            OrderLine line = order.lines().get(index);
            int already = sofar.refunded(index);
            if (already + wanted.quantity() > line.quantity()) {
                throw exceedsSold(order, line, already);
            }
            lines.add(RefundLine.of(index, line, wanted.quantity(), wanted.restock()));
        }
        return lines;
    }

    private static int indexOfSku(Order order, String sku) {
        for (int i = 0; i < order.lines().size(); i++) {
            if (order.lines().get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }

    private static String note(RefundRequest request) {
        return request.note() == null || request.note().isBlank() ? null : request.note().trim();
    }

    private static ConflictException exceedsSold(Order order, OrderLine line, int alreadyRefunded) {
        int left = line.quantity() - alreadyRefunded;
        return new ConflictException("REFUND_EXCEEDS_SOLD", line.label() + " on order " + order.orderNumber() + ": "
                + line.quantity() + " sold, " + alreadyRefunded + " already refunded; at most " + left + " more can be refunded.");
    }

    private static ConflictException notRefundable(Order order) {
        return new ConflictException("NOT_REFUNDABLE", "Order " + order.orderNumber() + " is "
                + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "; only completed (or partly refunded) orders can be refunded.");
    }

    private static ConflictException conflictingKey() {
        return new ConflictException("IDEMPOTENCY_CONFLICT", "This Idempotency-Key was already used for a different refund; use a new key for a new refund.");
    }
}
