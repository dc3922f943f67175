package app.orderdesk.desktop.firstrun;

import app.orderdesk.api.ApiJson;
import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.auth.AppClientStatus;
import app.orderdesk.desktop.auth.CognitoAuthService;
import app.orderdesk.desktop.ui.Messages;
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
                return Messages.text("check.api.nothing", url);
            }
            return Messages.text("check.api.timeout", url, ANSWER_TIMEOUT.toSeconds());
        } catch (IOException | IllegalArgumentException e) {
            return Messages.text("check.api.nothing", url);
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
                    ? Messages.text("check.cognito.nothing", base)
                    : Messages.text("check.region.nothing", profile.region(), base);
        }
        if (answer.statusCode() == 200 && issuerNamesPool(answer.body(), profile.userPoolId())) {
            return null;
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 404) {
            return isLocal(profile) ? Messages.text("check.pool.missing.local", profile.userPoolId(), base)
                    : Messages.text("check.pool.missing.region", profile.userPoolId(), profile.region());
        }
        return Messages.text("check.pool.answer", String.valueOf(answer.statusCode()), profile.userPoolId());
    }

    private String appClientProblem(ConnectionProfile profile) {
        boolean local = isLocal(profile);
        String where = local ? cognitoBase(profile) : profile.region();
        return switch (appClient.apply(profile)) {
            case USABLE -> null;
            case NOT_FOUND -> Messages.text(local ? "check.client.missing.local" : "check.client.missing.region", profile.clientId(), where);
            case PASSWORD_SIGN_IN_OFF -> Messages.text("check.client.passwordOff", profile.clientId());
            case HAS_SECRET -> Messages.text("check.client.secret", profile.clientId());
            case UNREACHABLE -> Messages.text(local ? "check.client.unreachable.local" : "check.client.unreachable.region", where);
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
