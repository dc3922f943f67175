package app.orderdesk.localcloud.stepfunctions.asl.runtime;

import app.orderdesk.localcloud.stepfunctions.asl.error.ExecutionInterrupted;
import app.orderdesk.localcloud.stepfunctions.asl.error.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs the branches of a Parallel state or the iterations of a Map state. Sequential scheduling is
 * deterministic (tests, virtual time); concurrent scheduling uses virtual threads so nested maps
 * cannot starve a bounded pool.
 */
public sealed interface BranchScheduler {

    /**
     * Runs every job, at most {@code maxConcurrency} at a time (0 = unbounded), and returns their
     * results in job order; the first failure is rethrown after the remaining jobs are cancelled.
     */
    List<JsonNode> runAll(List<Supplier<JsonNode>> jobs, int maxConcurrency);

    static BranchScheduler sequential() {
        return new Sequential();
    }

    static BranchScheduler concurrent() {
        return new Concurrent();
    }

    /** One job after the other on the calling thread; stops at the first failure. */
    record Sequential() implements BranchScheduler {
        @Override
        public List<JsonNode> runAll(List<Supplier<JsonNode>> jobs, int maxConcurrency) {
            List<JsonNode> results = new ArrayList<>();
            for (Supplier<JsonNode> job : jobs) {
                results.add(job.get());
            }
            return results;
        }
    }

    /** Jobs on virtual threads, throttled by a semaphore. */
    record Concurrent() implements BranchScheduler {
        @Override
        public List<JsonNode> runAll(List<Supplier<JsonNode>> jobs, int maxConcurrency) {
            Semaphore permits = new Semaphore(maxConcurrency <= 0 ? Integer.MAX_VALUE : maxConcurrency);
            List<Future<JsonNode>> futures = new ArrayList<>();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Supplier<JsonNode> job : jobs) {
                    futures.add(executor.submit(() -> {
                        permits.acquire();
                        try {
                            return job.get();
                        } finally {
                            permits.release();
                        }
                    }));
                }
                List<JsonNode> results = new ArrayList<>();
                for (Future<JsonNode> future : futures) {
                    try {
                        results.add(future.get());
                    } catch (ExecutionException e) {
                        futures.forEach(f -> f.cancel(true));
                        if (e.getCause() instanceof StatesError error) {
                            throw error;
                        }
                        if (e.getCause() instanceof ExecutionInterrupted interrupted) {
                            throw interrupted;
                        }
                        throw new IllegalStateException(e.getCause());
                    } catch (InterruptedException e) {
                        futures.forEach(f -> f.cancel(true));
                        Thread.currentThread().interrupt();
                        throw new ExecutionInterrupted(ExecutionInterrupted.Reason.ABORTED);
                    }
                }
                return results;
            }
        }
    }
}
