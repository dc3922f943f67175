package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.ExecutionStatus;
import java.time.Instant;

/**
 * A snapshot of an execution, as DescribeExecution reports it; output/error/cause/stopDate may be null.
 * {@code redriveStatus} is REDRIVABLE or NOT_REDRIVABLE (null for EXPRESS executions), with the reason
 * when not; {@code redriveDate} is the last redrive, or null.
 */
public record ExecutionInfo(String executionArn, String stateMachineArn, String name, ExecutionStatus status,
                            String input, String output, String error, String cause, Instant startDate,
                            Instant stopDate, int redriveCount, Instant redriveDate, String redriveStatus,
                            String redriveStatusReason) {}
