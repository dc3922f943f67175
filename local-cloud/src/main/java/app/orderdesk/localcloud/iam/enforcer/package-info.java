/**
 * What runs INSIDE each function's class loader (next to the deployment artifact): an SDK execution
 * interceptor that checks every call against the function's IAM policy from the template, and the
 * SDK call reporter that tells the local cloud about every request sent (round-trip counts).
 * Depends on the AWS SDK core and the JDK only, because the artifact supplies the SDK here.
 */
package app.orderdesk.localcloud.iam.enforcer;
