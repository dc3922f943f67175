package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.port.IdGenerator;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.OrderNumberAllocator;
import app.orderdesk.backend.port.ReceiptRenderer;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.StockMovementRepository;
import app.orderdesk.backend.port.WorkflowStarter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Small in-memory fakes of the ports, for use-case and handler tests only. */
public final class Fakes {

    private Fakes() {}

    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Ids 00000000-0000-4000-8000-000000000001, …02, … in order. */
    public static IdGenerator sequentialIds() {
        AtomicInteger next = new AtomicInteger();
        return () -> String.format("00000000-0000-4000-8000-%012d", next.incrementAndGet());
    }

    public static final class Idempotency implements IdempotencyStore {
        public final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

        @Override
        public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
            return Optional.ofNullable(records.putIfAbsent(record.key(), record));
        }

        @Override
        public void release(IdempotencyRecord record) {
            records.computeIfPresent(record.key(), (key, bound) -> bound.orderId().equals(record.orderId())
                    && bound.requestHash().equals(record.requestHash()) ? null : bound);
        }

        @Override
        public Optional<IdempotencyRecord> find(String key) {
            return Optional.ofNullable(records.get(key));
        }
    }

    public static final class Counter implements OrderNumberAllocator {
        private final AtomicLong value = new AtomicLong();

        @Override
        public long next() {
            return value.incrementAndGet();
        }
    }

    public static final class Workflow implements WorkflowStarter {
        /** Every call, in order (a use case that starts again after a crash shows here twice). */
        public final List<String> started = new ArrayList<>();
        /** Every retry started: order id, the step it resumes at and the attempt. */
        public final List<String> resumed = new ArrayList<>();
        /** Thrown by the next resume (StartExecution failed), then cleared. */
        public RuntimeException nextResumeFailure;
        /** What the engine would hold, by execution name: EXPRESS runs every start (StartExecution is not idempotent). */
        private final Map<String, Long> executions = new java.util.HashMap<>();

        /** Thrown by the next start (StartExecution failed), then cleared. */
        public RuntimeException nextStartFailure;

        @Override
        public synchronized void start(String orderId) {
            if (nextStartFailure != null) {
                RuntimeException failure = nextStartFailure;
                nextStartFailure = null;
                throw failure;
            }
            started.add(orderId);
            executions.merge(orderId, 1L, Long::sum);
        }

        @Override
        public synchronized void resume(app.orderdesk.backend.domain.Order order, String step, int attempt) {
            if (nextResumeFailure != null) {
                RuntimeException failure = nextResumeFailure;
                nextResumeFailure = null;
                throw failure;
            }
            resumed.add(order.orderId() + " " + step + " " + attempt);
            executions.merge(order.orderId() + "-retry-" + attempt, 1L, Long::sum);
        }

        /** Executions named {@code name} (an order id, or an order id and its retry). */
        public synchronized long executions(String name) {
            return executions.getOrDefault(name, 0L);
        }
    }

    public static final class Movements implements StockMovementRepository {
        public final Map<String, StockMovement> rows = new ConcurrentHashMap<>();

        @Override
        public boolean record(StockMovement movement) {
            return rows.putIfAbsent(movement.productId() + "|" + movement.movementId(), movement) == null;
        }

        @Override
        public Optional<StockMovement> find(String productId, String movementId) {
            return Optional.ofNullable(rows.get(productId + "|" + movementId));
        }

        @Override
        public MovementSlice list(String productId, int limit, String startAfter) {
            List<StockMovement> newestFirst = rows.values().stream().filter(m -> m.productId().equals(productId))
                    .filter(m -> startAfter == null || m.movementId().compareTo(startAfter) < 0)
                    .sorted(java.util.Comparator.comparing(StockMovement::movementId).reversed()).toList();
            List<StockMovement> page = newestFirst.stream().limit(limit).toList();
            return new MovementSlice(page, newestFirst.size() > limit ? page.getLast().movementId() : null);
        }
    }

    public static final class Receipts implements ReceiptStore {
        public final Map<String, byte[]> objects = new ConcurrentHashMap<>();
        public int puts;

        @Override
        public void put(String key, byte[] pdf) {
            puts++;
            objects.put(key, pdf);
        }

        @Override
        public byte[] get(String key) {
            byte[] pdf = objects.get(key);
            if (pdf == null) {
                throw new IllegalStateException("no object " + key);
            }
            return pdf;
        }

        @Override
        public URI presign(String key, String fileName, Duration lifetime) {
            return URI.create("http://127.0.0.1:9000/receipts-bucket/" + key + "?X-Amz-Expires=" + lifetime.toSeconds());
        }
    }

    public static ReceiptRenderer textRenderer() {
        return order -> ("receipt " + order.orderNumber()).getBytes(StandardCharsets.UTF_8);
    }

    public static final class Outbox implements Mailer {
        public final List<Email> sent = new ArrayList<>();

        @Override
        public synchronized void send(Email email) {
            sent.add(email);
        }
    }

    public static final class Settings implements app.orderdesk.backend.port.StoreSettingsRepository {
        private final java.time.ZoneId storeZone;
        private app.orderdesk.backend.domain.StoreSettings saved;
        public int saves;

        /** A store deployed in UTC. */
        public Settings() {
            this(java.time.ZoneId.of("UTC"));
        }

        public Settings(java.time.ZoneId storeZone) {
            this.storeZone = storeZone;
        }

        @Override
        public java.time.ZoneId storeZone() {
            return storeZone;
        }

        @Override
        public synchronized Optional<app.orderdesk.backend.domain.StoreSettings> find() {
            return Optional.ofNullable(saved).map(record -> record.inZone(storeZone));
        }

        @Override
        public synchronized void save(app.orderdesk.backend.domain.StoreSettings settings) {
            saves++;
            saved = settings;
        }

        @Override
        public synchronized boolean saveIfUnchanged(app.orderdesk.backend.domain.StoreSettings settings, java.time.Instant readUpdatedAt) {
            if (!java.util.Objects.equals(saved == null ? null : saved.updatedAt(), readUpdatedAt)) {
                return false;
            }
            save(settings);
            return true;
        }
    }
}
