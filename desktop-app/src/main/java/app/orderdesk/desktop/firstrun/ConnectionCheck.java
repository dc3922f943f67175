package app.orderdesk.desktop.firstrun;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.auth.AppClientStatus;
import app.orderdesk.desktop.auth.CognitoAuthService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * Checks a connection live, one field at a time, without signing anybody in: the API answers, the
 * user pool exists (its OpenID discovery document), the app client exists in the region and takes
 * password sign-ins (a sign-in of a user that cannot exist). Which pool the client belongs to cannot
 * be asked without credentials; the first sign-in checks it (the ID token's issuer).
 */
public final class ConnectionCheck implements FirstRunViewModel.ProfileCheck {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Generous: a slow answer is still an answer, and a busy local cloud on a shared PC can take seconds. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

    private final Function<ConnectionProfile, AppClientStatus> appClient;

    public ConnectionCheck() {
        this(profile -> {
            try (CognitoAuthService auth = new CognitoAuthService(profile)) {
                return auth.checkAppClient();
            }
        });
    }

    ConnectionCheck(Function<ConnectionProfile, AppClientStatus> appClient) {
        this.appClient = appClient;
    }

    @Override
    public String problem(ConnectionProfile profile) throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            String problem = apiProblem(http, profile.apiUrl());
            if (problem == null) {
                problem = poolProblem(http, profile);
            }
            return problem != null ? problem : appClientProblem(profile);
        }
    }

    private static String apiProblem(HttpClient http, String url) throws InterruptedException {
        try {
            // Any HTTP answer (even 401/403 without a token) means the API is there.
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return null;
        } catch (java.net.http.HttpTimeoutException e) {
            if (e instanceof java.net.http.HttpConnectTimeoutException) {
                return "API URL: nothing answers at " + url + " (check the address and the network)";
            }
            return "API URL: " + url + " did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s (try again; check the address)";
        } catch (IOException | IllegalArgumentException e) {
            return "API URL: nothing answers at " + url + " (check the address and the network)";
        }
    }

    /** The pool's discovery document exists only for a pool that exists, and names it as the issuer. */
    private static String poolProblem(HttpClient http, ConnectionProfile profile) throws InterruptedException {
        String base = cognitoBase(profile);
        URI discovery = URI.create(base + "/" + profile.userPoolId() + "/.well-known/openid-configuration");
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(discovery).timeout(ANSWER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return isLocal(profile)
                    ? "Cognito endpoint: nothing answers at " + base
                    : "Region: the sign-in service of region " + profile.region() + " does not answer at " + base
                            + " (check the region and the network)";
        }
        if (answer.statusCode() == 200 && issuerNamesPool(answer.body(), profile.userPoolId())) {
            return null;
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 404) {
            return "User pool id: there is no user pool " + profile.userPoolId()
                    + (isLocal(profile) ? " at " + base : " in region " + profile.region());
        }
        return "User pool id: the sign-in service answered " + answer.statusCode() + " when asked about pool "
                + profile.userPoolId();
    }

    private String appClientProblem(ConnectionProfile profile) {
        String where = isLocal(profile) ? " at " + cognitoBase(profile) : " in region " + profile.region();
        return switch (appClient.apply(profile)) {
            case USABLE -> null;
            case NOT_FOUND -> "App client id: there is no app client " + profile.clientId() + where;
            case PASSWORD_SIGN_IN_OFF -> "App client id: app client " + profile.clientId()
                    + " does not allow sign-in with email and password (USER_PASSWORD_AUTH)";
            case HAS_SECRET -> "App client id: app client " + profile.clientId()
                    + " has a client secret; the desktop app needs a client without one";
            case UNREACHABLE -> "Region: the sign-in service" + where + " does not answer";
        };
    }

    private static boolean issuerNamesPool(String body, String poolId) {
        try {
            JsonNode issuer = ApiJson.lenient().readTree(body).path("issuer");
            return issuer.isTextual() && issuer.asText().endsWith("/" + poolId);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLocal(ConnectionProfile profile) {
        return profile.cognitoEndpoint() != null && !profile.cognitoEndpoint().isBlank();
    }

    /** A local cloud's emulator, else the region's Cognito endpoint. */
    static String cognitoBase(ConnectionProfile profile) {
        String base = isLocal(profile) ? profile.cognitoEndpoint().strip()
                : "https://cognito-idp." + profile.region() + ".amazonaws.com";
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
