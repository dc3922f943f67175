package app.orderdesk.desktop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The FX-thread rule, held at run time (the ArchitectureTest holds that nothing else starts threads or
 * posts to the FX thread): work runs off the FX thread, every callback on it.
 */
class FxBackgroundExecutorTest {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // headless Monocle in the build (see desktop-app/pom.xml)
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void runsWorkOffTheFxThreadAndTheSuccessCallbackOnIt() {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> callbackOnFx = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();

        executor.submit(() -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "done";
        }, value -> {
            callbackOnFx.set(Platform.isFxApplicationThread());
            result.set(value);
        }, failure -> {});

        await().atMost(AT_MOST).until(() -> result.get() != null);
        assertThat(workOnFx.get()).as("work on the FX thread").isFalse();
        assertThat(callbackOnFx.get()).as("onSuccess on the FX thread").isTrue();
        assertThat(result.get()).isEqualTo("done");
    }

    @Test
    void runsTheFailureCallbackOnTheFxThread() {
        AtomicReference<Boolean> callbackOnFx = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        executor.submit(() -> {
            throw new IllegalStateException("the API is down");
        }, value -> {}, error -> {
            callbackOnFx.set(Platform.isFxApplicationThread());
            failure.set(error);
        });

        await().atMost(AT_MOST).until(() -> failure.get() != null);
        assertThat(callbackOnFx.get()).as("onFailure on the FX thread").isTrue();
        assertThat(failure.get()).hasMessage("the API is down");
    }

    @Test
    void runsScheduledActionsOnTheFxThread() {
        AtomicReference<Boolean> actionOnFx = new AtomicReference<>();

        executor.schedule(Duration.ofMillis(10), () -> actionOnFx.set(Platform.isFxApplicationThread()));

        await().atMost(AT_MOST).until(() -> actionOnFx.get() != null);
        assertThat(actionOnFx.get()).as("scheduled action on the FX thread").isTrue();
    }

    /** Walked with the API frozen, session 21: with every worker waiting on a call, the 3-second note never came. */
    @Test
    void scheduledActionsRunWhileEveryWorkerIsBusy() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(8);
        try {
            for (int i = 0; i < 8; i++) { // more calls than workers, each held as a frozen server holds them
                executor.submit(() -> {
                    started.countDown();
                    return release.await(AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                }, done -> {}, error -> {});
            }
            AtomicReference<Boolean> ran = new AtomicReference<>();

            executor.schedule(Duration.ofMillis(50), () -> ran.set(Platform.isFxApplicationThread()));

            await().atMost(Duration.ofSeconds(5)).until(() -> ran.get() != null);
            assertThat(ran.get()).as("the scheduled action, on the FX thread").isTrue();
            assertThat(started.getCount()).as("calls still waiting for a worker").isPositive();
        } finally {
            release.countDown();
        }
    }

    /** Walked frozen, session 21: superseded lookups kept their workers for their whole 30 s timeout. */
    @Test
    void cancellingRunningWorkInterruptsItAndDropsItsCallbacks() throws Exception {
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<String> called = new AtomicReference<>();
        Cancellable lookup = executor.submit(() -> {
            running.countDown();
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // a call to a server that never answers
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, called::set, error -> called.set("failure"));
        assertThat(running.await(AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        lookup.cancel();

        assertThat(interrupted.await(AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).as("the work interrupted").isTrue();
        java.util.concurrent.CountDownLatch fxDrained = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(fxDrained::countDown);
        assertThat(fxDrained.await(AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(called.get()).as("no callback for cancelled work").isNull();
    }

    /** OutboxFlowTest once failed here: a poll's failure callback ran while the app closed, and its retry was rejected. */
    @Test
    void afterCloseNothingRunsAndNothingThrows() throws Exception {
        AtomicReference<String> called = new AtomicReference<>();
        java.util.concurrent.CountDownLatch workDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
        executor.submit(() -> {
            closing.await();
            workDone.countDown();
            return "late";
        }, called::set, error -> called.set("failure"));

        executor.close();
        closing.countDown();
        Cancellable submitted = executor.submit(() -> "after close", called::set, error -> called.set("failure"));
        Cancellable scheduled = executor.schedule(Duration.ZERO, () -> called.set("scheduled"));
        submitted.cancel();
        scheduled.cancel();

        // anything posted to the FX thread before this marker has run once the marker has
        java.util.concurrent.CountDownLatch fxDrained = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(fxDrained::countDown);
        assertThat(fxDrained.await(AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(called.get()).as("no callback after close").isNull();
    }
}
