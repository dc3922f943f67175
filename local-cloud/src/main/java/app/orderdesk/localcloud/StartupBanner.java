package app.orderdesk.localcloud;

/** The text printed when the local cloud is up: where everything is and how to sign in. */
final class StartupBanner {

    private StartupBanner() {}

    static String render(LocalCloud cloud) {
        StringBuilder out = new StringBuilder();
        out.append("\n=== Order Desk local cloud is ready (started in ").append(cloud.startupTime().toMillis()).append(" ms) ===\n");
        out.append("    (").append(cloud.startupPhases()).append(")\n");
        out.append("    deploy: ").append(cloud.deployNote()).append("\n\n");
        line(out, "API", cloud.apiUrl());
        line(out, "Live updates", cloud.pushUrl() + "?token=<ID token>  (@connections: " + cloud.pushConnectionsUrl() + ")");
        line(out, "Step Functions", cloud.stepFunctionsEndpoint());
        line(out, "DynamoDB", cloud.dynamoDbEndpoint());
        line(out, "S3", cloud.s3Endpoint() + "  (bucket " + cloud.bucketName() + ")");
        line(out, "Cognito", cloud.cognitoEndpoint() + "  (pool " + cloud.userPoolId() + ", client " + cloud.clientId() + ")");
        line(out, "SES", cloud.sesEndpoint() + "  (sent mail: " + cloud.sesEndpoint() + "/store, viewer: " + cloud.sesEndpoint() + "/)");
        line(out, "SNS / SQS", cloud.snsEndpoint());
        line(out, "Order events", cloud.orderEventsQueueUrl());
        line(out, "Profile", cloud.profileFile());
        line(out, "Data", cloud.dataDir());
        out.append("\nSign in with (passwords are new at every start):\n");
        cloud.demoUsers().values().forEach(user -> out.append(String.format("  %-10s %-28s %s%s%n",
                user.role(), user.username(), user.password(),
                "newhire".equals(user.role()) ? "   (temporary: must set a new password)" : "")));
        out.append("\nCredentials for the AWS CLI/SDK against the emulators: any region us-east-1, key ")
                .append(app.orderdesk.localcloud.emulators.EmulatorProcess.ACCESS_KEY_ID).append(" / ")
                .append(app.orderdesk.localcloud.emulators.EmulatorProcess.SECRET_ACCESS_KEY).append("\n");
        out.append("Press Ctrl-C to stop.\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String label, Object value) {
        out.append(String.format("  %-15s %s%n", label, value));
    }
}
