package app.orderdesk.api;

/**
 * Where the desktop app connects: the local cloud writes {@code local.json}; a deployed stack's
 * outputs can be imported into another profile. {@code cognitoEndpoint} is null for real AWS.
 * {@code pushUrl} is the WebSocket API for live updates (the stack output {@code PushUrl}); null in a
 * profile written before it existed, and the app then follows orders by polling.
 * Profiles hold no secrets.
 */
public record ConnectionProfile(
        String name,
        String region,
        String apiUrl,
        String userPoolId,
        String clientId,
        String cognitoEndpoint,
        String pushUrl) {

    /** A profile without live updates (as written before the WebSocket API existed). */
    public ConnectionProfile(String name, String region, String apiUrl, String userPoolId, String clientId, String cognitoEndpoint) {
        this(name, region, apiUrl, userPoolId, clientId, cognitoEndpoint, null);
    }
}
