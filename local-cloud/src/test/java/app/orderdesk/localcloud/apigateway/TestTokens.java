package app.orderdesk.localcloud.apigateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** Cognito-shaped tokens signed with a throwaway RSA key, for the authorizer's tests. */
final class TestTokens {

    static final String ISSUER = "http://127.0.0.1:9229/local_pool";
    static final String CLIENT_ID = "client-123";

    final RSAKey key = generate();
    final RSAKey otherKeySameKid = generate();

    CognitoTokenVerifier verifier() {
        return new CognitoTokenVerifier(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())), ISSUER, CLIENT_ID);
    }

    JWTClaimsSet.Builder idClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject("5f0c0a4e-0000-4000-8000-000000000001")
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("token_use", "id")
                .claim("email", "staff@orderdesk.local")
                .claim("cognito:username", "5f0c0a4e-0000-4000-8000-000000000001")
                .claim("cognito:groups", List.of("staff", "managers"));
    }

    String id() {
        return sign(key, idClaims().build());
    }

    String id(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(key, change.apply(idClaims()).build());
    }

    String signedWithOtherKey() {
        return sign(otherKeySameKid, idClaims().build());
    }

    static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("CognitoLocal").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
