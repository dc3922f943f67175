package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.port.IdempotencyStore.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} does, the in-memory fake and the DynamoDB adapter alike
 * (subclasses: {@code FakeIdempotencyStoreTest} here, the adapter's in local-cloud against the emulator).
 */
public abstract class IdempotencyStoreContract {

    protected abstract IdempotencyStore store();

    private static IdempotencyRecord record(String key, String orderId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new IdempotencyRecord(key, "hash-" + orderId, orderId, now, now.plus(Duration.ofHours(24)));
    }

    @Test
    void theFirstPutWinsAndEveryLaterPutSeesIt() {
        String key = "contract-" + UUID.randomUUID();
        IdempotencyRecord first = record(key, "o-first");

        assertThat(store().putIfAbsent(first)).isEmpty();
        Optional<IdempotencyRecord> second = store().putIfAbsent(record(key, "o-second"));

        assertThat(second).isPresent();
        assertThat(second.get().orderId()).isEqualTo("o-first");
        assertThat(second.get().requestHash()).isEqualTo("hash-o-first");
        assertThat(second.get().key()).isEqualTo(key);
        assertThat(store().putIfAbsent(record(key, "o-third"))).map(IdempotencyRecord::orderId).contains("o-first");
    }

    @Test
    void findReadsWhatWasStoredAndNothingForAnUnknownKey() {
        String key = "contract-" + UUID.randomUUID();
        IdempotencyRecord stored = record(key, "o-found");
        store().putIfAbsent(stored);

        assertThat(store().find(key)).contains(stored);
        assertThat(store().find("contract-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void aReleasedKeyIsFreeAgainButOnlyItsOwnRecordReleasesIt() {
        String key = "contract-" + UUID.randomUUID();
        IdempotencyRecord refused = record(key, "o-refused");
        store().putIfAbsent(refused);

        store().release(record(key, "o-other")); // another request's record: the key stays bound
        assertThat(store().find(key)).contains(refused);
        store().release(new IdempotencyRecord(key, "hash-other", "o-refused", refused.createdAt(), refused.expiresAt()));
        assertThat(store().find(key)).as("the same id with another request").contains(refused);

        store().release(refused);
        assertThat(store().find(key)).isEmpty();
        store().release(refused); // gone already: nothing to do, no failure
        IdempotencyRecord corrected = record(key, "o-corrected");
        assertThat(store().putIfAbsent(corrected)).isEmpty();
        assertThat(store().find(key)).contains(corrected);
    }

    @Test
    void keysAreIndependent() {
        assertThat(store().putIfAbsent(record("contract-" + UUID.randomUUID(), "o-1"))).isEmpty();
        assertThat(store().putIfAbsent(record("contract-" + UUID.randomUUID(), "o-2"))).isEmpty();
    }

    @Test
    void ofManyConcurrentPutsOfOneKeyExactlyOneWins() throws Exception {
        String key = "contract-" + UUID.randomUUID();
        List<Callable<Optional<IdempotencyRecord>>> puts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String orderId = "o-" + i;
            puts.add(() -> store().putIfAbsent(record(key, orderId)));
        }
        List<Optional<IdempotencyRecord>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Optional<IdempotencyRecord>> f : pool.invokeAll(puts)) {
                answers.add(f.get());
            }
        }

        assertThat(answers).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(answers.stream().flatMap(Optional::stream).map(IdempotencyRecord::orderId).distinct()).hasSize(1);
    }
}
