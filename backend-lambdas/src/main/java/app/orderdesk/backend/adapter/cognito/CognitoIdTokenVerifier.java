package app.orderdesk.backend.adapter.cognito;

import app.orderdesk.backend.port.IdTokenVerifier;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks API Gateway's Cognito authorizer makes on the REST API, made here because a browser or
 * desk cannot set headers on a WebSocket upgrade: RS256 signature by a key of the pool's JWKS
 * ({@code <issuer>/.well-known/jwks.json}, cached), the pool's issuer, audience = the app client,
 * {@code token_use = id}, not expired.
 */
public final class CognitoIdTokenVerifier implements IdTokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** {@code issuer} is the pool's provider URL ({@code https://cognito-idp.<region>.amazonaws.com/<poolId>}). */
    public static CognitoIdTokenVerifier forIssuer(String issuer, String clientId) {
        String origin = issuer.replaceAll("/+$", "");
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(origin + "/.well-known/jwks.json").toURL())
                    .retrying(true)
                    .build();
            return new CognitoIdTokenVerifier(keys, origin, clientId);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("COGNITO_ISSUER is not a URL: " + issuer, e);
        }
    }

    public CognitoIdTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String clientId) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(),
                Set.of("sub", "exp", "iat")));
    }

    @Override
    public Optional<VerifiedUser> verify(String idToken) {
        try {
            JWTClaimsSet claims = processor.process(idToken.strip(), null);
            List<String> groups = claims.getStringListClaim("cognito:groups");
            return Optional.of(new VerifiedUser(claims.getSubject(), claims.getStringClaim("email"),
                    groups == null ? List.of() : groups));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }
}
