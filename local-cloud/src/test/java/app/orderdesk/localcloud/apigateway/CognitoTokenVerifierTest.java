package app.orderdesk.localcloud.apigateway;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CognitoTokenVerifierTest {

    private final TestTokens tokens = new TestTokens();
    private final CognitoTokenVerifier verifier = tokens.verifier();

    @Test
    void acceptsAValidIdTokenRawOrAsBearer() throws Exception {
        String token = tokens.id();
        assertThat(verifier.verify(token).getStringClaim("email")).isEqualTo("staff@orderdesk.local");
        assertThat(verifier.verify("Bearer " + token).getSubject()).isNotBlank();
    }

    @Test
    void rejectsAnExpiredToken() {
        String expired = tokens.id(c -> c.issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))));
        assertThatThrownBy(() -> verifier.verify(expired)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
    }

    @Test
    void rejectsAnotherIssuer() {
        String token = tokens.id(c -> c.issuer("http://127.0.0.1:9229/other_pool"));
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
    }

    @Test
    void rejectsAnotherAudience() {
        String token = tokens.id(c -> c.audience("someone-else"));
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
    }

    @Test
    void rejectsAnAccessToken() {
        // Cognito access tokens carry client_id instead of aud, and token_use=access.
        String access = tokens.id(c -> c.audience((String) null).claim("client_id", TestTokens.CLIENT_ID).claim("token_use", "access"));
        String accessWithAud = tokens.id(c -> c.claim("token_use", "access"));
        assertThatThrownBy(() -> verifier.verify(access)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(accessWithAud)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
    }

    @Test
    void rejectsABadSignatureMissingAndGarbageTokens() {
        String forged = tokens.signedWithOtherKey();
        String tampered = tokens.id().replaceFirst("\\.[^.]+\\.", "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"x\",\"token_use\":\"id\"}".getBytes()) + ".");
        for (String bad : new String[] {forged, tampered, null, "", "Bearer ", "not-a-jwt"}) {
            assertThatThrownBy(() -> verifier.verify(bad)).as(String.valueOf(bad)).isInstanceOf(CognitoTokenVerifier.InvalidTokenException.class);
        }
    }

    @Test
    void passesClaimsAsStringsWithGroupsCommaSeparated() throws Exception {
        JWTClaimsSet claims = verifier.verify(tokens.id());
        Map<String, String> strings = CognitoTokenVerifier.claimsAsStrings(claims);
        assertThat(strings).containsEntry("cognito:groups", "staff,managers")
                .containsEntry("aud", TestTokens.CLIENT_ID)
                .containsEntry("token_use", "id");
        assertThat(strings.get("exp")).matches("\\d{10}");
    }
}
