package app.orderdesk.desktop.auth;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.ui.Messages;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** {@link AuthService} against a Cognito user pool (or its local emulator) with the user-password flow. */
public final class CognitoAuthService implements AuthService, AutoCloseable {

    static String wrongCredentials() {
        return Messages.text("auth.wrongCredentials");
    }

    static String unreachable() {
        return Messages.text("auth.unreachable");
    }

    private final ConnectionProfile profile;
    private final Object clientLock = new Object();
    private CognitoIdentityProviderClient client;

    public CognitoAuthService(ConnectionProfile profile) {
        this.profile = profile;
    }

    @Override
    public SignInOutcome signIn(String email, String password) {
        InitiateAuthResponse response = call(() -> client().initiateAuth(b -> b
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .clientId(profile.clientId())
                .authParameters(Map.of("USERNAME", email, "PASSWORD", password))), false);
        if (response.challengeName() == ChallengeNameType.NEW_PASSWORD_REQUIRED) {
            // The pool identifies the user by USER_ID_FOR_SRP in the challenge, which may differ from the email typed.
            String username = response.challengeParameters().getOrDefault("USER_ID_FOR_SRP", email);
            return new SignInOutcome.NewPasswordRequired(username, response.session());
        }
        if (response.challengeName() != null) {
            throw new AuthException(Messages.text("auth.unsupportedStep", response.challengeNameAsString()));
        }
        return new SignInOutcome.SignedIn(toSession(response.authenticationResult(), null));
    }

    @Override
    public Session completeNewPassword(SignInOutcome.NewPasswordRequired challenge, String newPassword) {
        RespondToAuthChallengeResponse response = call(() -> client().respondToAuthChallenge(b -> b
                .clientId(profile.clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(challenge.session())
                .challengeResponses(Map.of("USERNAME", challenge.username(), "NEW_PASSWORD", newPassword))), true);
        if (response.authenticationResult() == null) {
            throw new AuthException(Messages.text("auth.unsupportedStep", response.challengeNameAsString()));
        }
        return toSession(response.authenticationResult(), null);
    }

    @Override
    public Session refresh(Session session) {
        InitiateAuthResponse response;
        try {
            response = call(() -> client().initiateAuth(b -> b
                    .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                    .clientId(profile.clientId())
                    .authParameters(Map.of("REFRESH_TOKEN", session.refreshToken()))), false);
        } catch (AuthException e) {
            if (wrongCredentials().equals(e.getMessage())) {
                throw AuthException.sessionEnded(Messages.text("error.sessionExpired"), e);
            }
            throw e;
        }
        // A refresh answer carries no new refresh token: keep the one we have.
        return toSession(response.authenticationResult(), session.refreshToken());
    }

    private Session toSession(AuthenticationResultType result, String previousRefreshToken) {
        IdTokenClaims claims = IdTokenClaims.parse(result.idToken());
        checkIssuedByTheProfilesPool(result.idToken());
        Instant expiresAt = deadline(claims, result.expiresIn(), Instant.now());
        String refreshToken = result.refreshToken() != null ? result.refreshToken() : previousRefreshToken;
        return new Session(claims.username(), claims.email(), claims.groups(), result.idToken(), refreshToken, expiresAt);
    }

    /**
     * When the ID token stops being accepted, on this PC's clock (the one {@link SessionTokens} compares with): the time
     * it was received plus the token's lifetime ({@code exp − iat}, else the answer's ExpiresIn — the local emulator
     * answers none — else an hour). Not the {@code exp} claim as it stands: a PC clock ten minutes slow would renew the
     * token eight minutes after the API had begun to refuse it (401 on every call meanwhile).
     */
    static Instant deadline(IdTokenClaims claims, Integer expiresInSeconds, Instant receivedAt) {
        java.time.Duration lifetime = claims.lifetime();
        if (lifetime == null) {
            lifetime = java.time.Duration.ofSeconds(expiresInSeconds != null ? expiresInSeconds : 3600);
        }
        return receivedAt.plus(lifetime);
    }

    private static <T> T call(Supplier<T> request, boolean answeringChallenge) {
        try {
            return request.get();
        } catch (InvalidPasswordException e) {
            // While answering the challenge this means the new password breaks the pool's policy.
            throw new AuthException(answeringChallenge
                    ? Messages.text("auth.passwordRules", detail(e))
                    : wrongCredentials(), e);
        } catch (NotAuthorizedException e) {
            throw new AuthException(notAuthorizedMessage(detail(e)), e);
        } catch (UserNotFoundException e) {
            throw new AuthException(wrongCredentials(), e);
        } catch (PasswordResetRequiredException e) {
            throw new AuthException(Messages.text("auth.resetRequired"), e);
        } catch (UserNotConfirmedException e) {
            throw new AuthException(Messages.text("auth.notConfirmed"), e);
        } catch (TooManyRequestsException e) {
            throw new AuthException(Messages.text("auth.tooManyRequests"), e);
        } catch (CognitoIdentityProviderException e) {
            throw new AuthException(Messages.text("auth.refused", detail(e)), e);
        } catch (SdkClientException e) {
            throw AuthException.unreachable(unreachable(), e);
        }
    }

    /**
     * Which user pool an app client belongs to cannot be asked without credentials, so a profile with
     * the client of another pool passes the first-run checks; the first sign-in catches it: the ID
     * token's issuer names the client's pool.
     */
    private void checkIssuedByTheProfilesPool(String idToken) {
        String issuer = IdTokenClaims.issuer(idToken);
        if (issuer != null && !issuer.endsWith("/" + profile.userPoolId())) {
            String clientsPool = issuer.substring(issuer.lastIndexOf('/') + 1);
            throw new AuthException(Messages.text("auth.clientOfOtherPool", profile.clientId(), clientsPool, profile.userPoolId()));
        }
    }

    /**
     * Asks Cognito about the profile's app client without signing anybody in: a password sign-in of a
     * user that cannot exist. Cognito looks the client up first (ResourceNotFoundException when the
     * region has no such client), then the user (UserNotFoundException, or NotAuthorizedException when
     * the client hides whether users exist). The call does not say which user pool the client belongs
     * to: no call without credentials does; the first sign-in checks that (the token's issuer).
     */
    public AppClientStatus checkAppClient() {
        String nobody = "first-run-check-" + java.util.UUID.randomUUID() + "@invalid";
        try {
            client().initiateAuth(b -> b
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .clientId(profile.clientId())
                    .authParameters(Map.of("USERNAME", nobody, "PASSWORD", java.util.UUID.randomUUID() + "aA1!")));
            return AppClientStatus.USABLE;
        } catch (ResourceNotFoundException e) {
            return AppClientStatus.NOT_FOUND;
        } catch (UserNotFoundException e) {
            return AppClientStatus.USABLE;
        } catch (NotAuthorizedException e) {
            return detail(e).toLowerCase(java.util.Locale.ROOT).contains("secret")
                    ? AppClientStatus.HAS_SECRET : AppClientStatus.USABLE;
        } catch (InvalidParameterException e) {
            // "USER_PASSWORD_AUTH flow not enabled for this client"
            return AppClientStatus.PASSWORD_SIGN_IN_OFF;
        } catch (CognitoIdentityProviderException e) {
            throw new AuthException(Messages.text("auth.clientCheckRefused", detail(e)), e);
        } catch (SdkClientException e) {
            return AppClientStatus.UNREACHABLE;
        }
    }

    /**
     * Cognito answers NotAuthorized for a wrong password, a locked account and a disabled one alike;
     * only its message tells them apart, and people need to know which it is.
     */
    static String notAuthorizedMessage(String cognitoMessage) {
        String text = cognitoMessage == null ? "" : cognitoMessage.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("attempts exceeded")) {
            return Messages.text("auth.locked");
        }
        if (text.contains("disabled")) {
            return Messages.text("auth.disabled");
        }
        return wrongCredentials();
    }

    private static String detail(CognitoIdentityProviderException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : Messages.text("auth.noReason");
    }

    /** Builds the SDK client now (on a worker thread, while the sign-in form waits for a person). */
    @Override
    public void prepare() {
        client();
    }

    private CognitoIdentityProviderClient client() {
        // Built on first use (on a worker thread), so creating the SDK client never delays the first window.
        synchronized (clientLock) {
            if (client == null) {
                CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                        .region(Region.of(profile.region()))
                        .credentialsProvider(AnonymousCredentialsProvider.create())
                        .httpClient(UrlConnectionHttpClient.create());
                if (profile.cognitoEndpoint() != null && !profile.cognitoEndpoint().isBlank()) {
                    builder.endpointOverride(URI.create(profile.cognitoEndpoint()));
                }
                client = builder.build();
            }
            return client;
        }
    }

    @Override
    public void close() {
        synchronized (clientLock) {
            if (client != null) {
                client.close();
                client = null;
            }
        }
    }
}
