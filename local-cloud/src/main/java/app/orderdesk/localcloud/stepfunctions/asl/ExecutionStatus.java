package app.orderdesk.localcloud.stepfunctions.asl;

/** The states of an execution, named as the Step Functions API names them. */
public enum ExecutionStatus { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED }
