package app.orderdesk.localcloud.apigateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * What the API's Cognito authorizer checks: an RS256 ID token signed by a key of the pool's JWKS,
 * from the pool's issuer, for the app client, not expired. The JWKS URL and issuer are configured
 * explicitly because cognito-local's discovery document names a different origin.
 */
public final class CognitoTokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** Verifies against the pool's live JWKS ({@code <cognito>/<poolId>/.well-known/jwks.json}, cached). */
    public static CognitoTokenVerifier forUserPool(URI cognitoEndpoint, String userPoolId, String clientId) {
        String origin = cognitoEndpoint.toString().replaceAll("/+$", "");
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(origin + "/" + userPoolId + "/.well-known/jwks.json").toURL())
                    .retrying(true)
                    .build();
            return new CognitoTokenVerifier(keys, origin + "/" + userPoolId, clientId);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public CognitoTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String clientId) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(),
                Set.of("sub", "exp", "iat")));
    }

    /** The token's claims; {@code authorization} may be the raw token or {@code Bearer <token>}. */
    public JWTClaimsSet verify(String authorization) throws InvalidTokenException {
        if (authorization == null || authorization.isBlank()) {
            throw new InvalidTokenException("Unauthorized");
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        try {
            return processor.process(token, null);
        } catch (BadJWTException e) {
            throw new InvalidTokenException("Unauthorized: " + e.getMessage());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("Unauthorized");
        }
    }

    /** Claims as the REST API passes them to a proxy integration: every value as a string. */
    public static java.util.Map<String, String> claimsAsStrings(JWTClaimsSet claims) {
        java.util.Map<String, String> strings = new java.util.LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> strings.put(name, asString(value)));
        return strings;
    }

    private static String asString(Object value) {
        if (value instanceof java.util.Date date) {
            return Long.toString(date.toInstant().getEpochSecond());
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The token is missing, malformed, forged, expired or not meant for this API. */
    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
