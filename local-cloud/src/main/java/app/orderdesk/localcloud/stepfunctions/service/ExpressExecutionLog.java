package app.orderdesk.localcloud.stepfunctions.service;

/**
 * How a test or the bench reads an EXPRESS execution locally. AWS offers no API for that: DescribeExecution,
 * GetExecutionHistory, ListExecutions, StopExecution and RedriveExecution are refused for Express, and what an
 * execution did is read from its CloudWatch log. The local Step Functions server refuses those calls the same
 * way, except for a client that sends this header: the stand-in for reading the log. No function sends it, so a
 * Lambda that calls one of them fails here as it would in AWS.
 */
public final class ExpressExecutionLog {

    public static final String HEADER = "X-Local-Cloud-Express-Log";
    public static final String HEADER_VALUE = "read";

    private ExpressExecutionLog() {
    }
}
