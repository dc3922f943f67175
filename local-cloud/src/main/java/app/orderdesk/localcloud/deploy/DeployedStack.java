package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.DemoUser;

import java.util.Map;

/** What the local deployment created: names, ids and ARNs, the handlers' configuration and the demo users. */
public record DeployedStack(
        Map<String, String> tables,
        Map<String, String> buckets,
        Map<String, String> topicArns,
        Map<String, String> topicQueueUrls,
        String userPoolId,
        String clientId,
        Map<String, String> stateMachineArns,
        Map<String, String> backendConfiguration,
        Map<String, DemoUser> demoUsers,
        boolean catalogueSeeded) {}
