package app.orderdesk.localcloud.stepfunctions.asl.runtime;

import app.orderdesk.localcloud.stepfunctions.asl.task.TaskInvoker;
import app.orderdesk.localcloud.stepfunctions.asl.time.ExecutionClock;
import java.util.function.DoubleSupplier;

/**
 * The pluggable parts of the engine: how tasks are invoked, the clock, how branches are scheduled and
 * the random source for retry jitter.
 */
public record EngineSettings(TaskInvoker tasks, ExecutionClock clock, BranchScheduler branches, DoubleSupplier jitter) {}
