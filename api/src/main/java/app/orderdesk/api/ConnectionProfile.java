package app.orderdesk.api;

/**
 * Where the desktop app connects: the local cloud writes {@code local.json}; a deployed stack's
 * outputs can be imported into another profile. {@code cognitoEndpoint} is null for real AWS.
 * Profiles hold no secrets.
 */
public record ConnectionProfile(
        String name,
        String region,
        String apiUrl,
        String userPoolId,
        String clientId,
        String cognitoEndpoint) {}
