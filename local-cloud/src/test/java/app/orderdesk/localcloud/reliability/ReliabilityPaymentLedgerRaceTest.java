package app.orderdesk.localcloud.reliability;

import app.orderdesk.backend.adapter.payment.SimulatedPaymentGateway;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.port.PaymentGateway.PaymentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated provider's ledger on the DynamoDB emulator under concurrency (its conditional writes
 * are what keep a key to one charge without transactions): many deliveries of one charge at once, and
 * charges racing the compensation's reversal. Counted in the ledger table.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class ReliabilityPaymentLedgerRaceTest {

    private static Reliability r;
    private static PaymentsLedger ledger;

    @BeforeAll
    static void start() {
        r = Reliability.get();
        ledger = new PaymentsLedger(r);
    }

    @Test
    void twentyConcurrentChargesOfOneKeyAreOneCharge() throws Exception {
        String key = "race-" + UUID.randomUUID();
        List<PaymentResult> answers = all(20, () -> gateway().charge(key, "tok_visa", Money.ofCents(990)));

        var charges = ledger.chargesOf(key);
        System.out.printf("reliability: payment ledger race: 20 concurrent charges of one key -> %d distinct answer(s), %d charge(s) in the ledger%n",
                answers.stream().distinct().count(), charges.size());
        assertThat(answers).allMatch(a -> a instanceof PaymentResult.Approved).containsOnly(answers.getFirst());
        assertThat(charges).hasSize(1);
        assertThat(charges.getFirst().paymentId()).isEqualTo(((PaymentResult.Approved) answers.getFirst()).paymentId());
    }

    @Test
    void chargesRacingTheirReversalNeverKeepMoney() throws Exception {
        int keys = 20;
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            String key = "race-rev-" + UUID.randomUUID();
            ids.add(key);
            // 3 deliveries of the charge and 2 of the compensation's reversal, released together
            List<Object> answers = all(5, n -> n < 3 ? gateway().charge(key, "tok_visa", Money.ofCents(1500))
                    : gateway().reverse(key, "timed out"));
            boolean approved = answers.stream().anyMatch(a -> a instanceof PaymentResult.Approved);
            outcomes.merge(approved ? "charged-then-refunded" : "voided-before-charge", 1, Integer::sum);
        }
        var charges = ledger.chargesOf(ids);
        long kept = ledger.keptCents(ids);
        System.out.printf("reliability: payment ledger race: %d keys x (3 charges + 2 reversals at once) -> %s, charges in ledger %d,"
                        + " keys charged twice %d, charged - refunded = %d cents%n",
                keys, outcomes, charges.values().stream().mapToInt(List::size).sum(), PaymentsLedger.doubles(charges).size(), kept);
        assertThat(PaymentsLedger.doubles(charges)).isEmpty();
        assertThat(kept).isZero();
        charges.values().forEach(list -> assertThat(list.getFirst().refundedCents()).isEqualTo(list.getFirst().amountCents()));
    }

    private static SimulatedPaymentGateway gateway() {
        return ledger.gateway();
    }

    private static <T> List<T> all(int n, Callable<T> call) throws Exception {
        return all(n, i -> call.call());
    }

    private interface Numbered<T> {
        T call(int n) throws Exception;
    }

    private static <T> List<T> all(int n, Numbered<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call(k);
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
