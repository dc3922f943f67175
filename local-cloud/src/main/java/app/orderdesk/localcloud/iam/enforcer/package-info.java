/**
 * Local IAM enforcement that runs INSIDE each function's class loader (next to the deployment
 * artifact): an SDK execution interceptor checks every call against the function's policy from the
 * template. Depends on the AWS SDK core and the JDK only, because the artifact supplies the SDK here.
 */
package app.orderdesk.localcloud.iam.enforcer;
