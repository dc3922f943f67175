package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.iam.enforcer.IamPolicy;

import java.util.Map;

/**
 * What the local deployment created: names, ids and ARNs, each function's template environment
 * (resolved) and IAM policy, and the demo users; whether the last deploy's tables, bucket and user pool were
 * reused (a matching {@link DeployStamp}) and what was done, in words.
 */
public record DeployedStack(
        Map<String, String> tables,
        Map<String, String> buckets,
        Map<String, String> topicArns,
        Map<String, String> topicQueueUrls,
        String userPoolId,
        String clientId,
        Map<String, String> stateMachineArns,
        Map<String, Map<String, String>> functionEnvironments,
        Map<String, IamPolicy> functionPolicies,
        Map<String, DemoUser> demoUsers,
        boolean catalogueSeeded,
        boolean reusedLastDeploy,
        String deployNote) {}
