package app.orderdesk.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.fakes.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final FakeAuthService auth = new FakeAuthService("a@b.co", "x");

    @Test
    void readsGroupsEmailAndExpiryFromTheIdToken() {
        IdTokenClaims claims = IdTokenClaims.parse(TestTokens.idToken("a@b.co", List.of("staff", "support"), now));

        assertThat(claims.email()).isEqualTo("a@b.co");
        assertThat(claims.groups()).containsExactly("staff", "support");
        assertThat(claims.expiresAt()).isEqualTo(now);
    }

    /** A PC clock ten minutes slow: the deadline is counted from receipt, so the token is renewed before the API refuses it. */
    @Test
    void theDeadlineIsTheTokensLifetimeCountedOnThisPcsClock() {
        Instant issued = Instant.parse("2026-01-01T10:00:00Z");
        IdTokenClaims claims = IdTokenClaims.parse(TestTokens.idToken("a@b.co", List.of("staff"), issued.plusSeconds(3600), issued));
        Instant receivedOnASlowPc = issued.minusSeconds(600);

        assertThat(claims.lifetime()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(CognitoAuthService.deadline(claims, 3600, receivedOnASlowPc)).isEqualTo(Instant.parse("2026-01-01T10:50:00Z"));

        IdTokenClaims noIat = IdTokenClaims.parse(TestTokens.idToken("a@b.co", List.of("staff"), issued.plusSeconds(3600)));
        assertThat(noIat.lifetime()).isNull();
        assertThat(CognitoAuthService.deadline(noIat, 1800, receivedOnASlowPc)).as("the answer's ExpiresIn")
                .isEqualTo(receivedOnASlowPc.plusSeconds(1800));
        assertThat(CognitoAuthService.deadline(noIat, null, receivedOnASlowPc)).isEqualTo(receivedOnASlowPc.plusSeconds(3600));
    }

    @Test
    void keepsAFreshTokenAndRefreshesOneAboutToExpire() {
        Session fresh = new Session("a", "a@b.co", Set.of("staff"), "fresh", "r", now.plusSeconds(3600));
        assertThat(new SessionTokens(auth, fresh, clock).get()).isEqualTo("fresh");

        Session expiring = new Session("a", "a@b.co", Set.of("staff"), "old", "r", now.plusSeconds(60));
        assertThat(new SessionTokens(auth, expiring, clock).get()).isEqualTo("refreshed-token");
        assertThat(auth.calls).containsExactly("refresh");
    }

    @Test
    void anEndedSessionIsReportedOnceAndARenewalCarriesOn() {
        java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
        Session expiring = new Session("a", "a@b.co", Set.of("staff"), "old", "r", now.plusSeconds(60));
        SessionTokens tokens = new SessionTokens(auth, expiring, clock);
        tokens.onSessionEnded(reports::incrementAndGet);

        auth.refreshFailure = AuthException.unreachable("Cannot reach the sign-in service", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(tokens::get).isInstanceOf(AuthException.class);
        assertThat(reports).as("an outage is not the end of the session").hasValue(0);

        auth.refreshFailure = AuthException.sessionEnded("Your session has expired", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(tokens::get).isInstanceOf(AuthException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(tokens::get).isInstanceOf(AuthException.class);
        assertThat(reports).as("once, however many calls fail").hasValue(1);

        tokens.renew(new Session("a", "a@b.co", Set.of("staff"), "signed-in-again", "r2", now.plusSeconds(3600)));
        assertThat(tokens.get()).isEqualTo("signed-in-again");
        tokens.renew(expiring);
        org.assertj.core.api.Assertions.assertThatThrownBy(tokens::get).isInstanceOf(AuthException.class);
        assertThat(reports).as("a renewed session that ends again is reported again").hasValue(2);
    }

    @Test
    void showsTheStrongestRoleAndWhoMayOrder() {
        Session support = new Session("s", "s@b.co", Set.of("support"), "t", "r", now);
        Session manager = new Session("m", "m@b.co", Set.of("support", "managers"), "secret-id-token", "secret-refresh", now);

        assertThat(support.role()).isEqualTo("support");
        assertThat(support.canPlaceOrders()).isFalse();
        assertThat(manager.role()).isEqualTo("managers");
        assertThat(manager.canPlaceOrders()).isTrue();
        assertThat(manager.toString()).doesNotContain("secret");
    }

    @Test
    void reportsAnUnreachableUserPoolInPlainWords() {
        var profile = new app.orderdesk.api.ConnectionProfile("x", "us-east-1", "http://127.0.0.1:1/v1",
                "pool", "client", "http://127.0.0.1:1");
        try (CognitoAuthService cognito = new CognitoAuthService(profile)) {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> cognito.signIn("a@b.co", "pw"));
            assertThat(e).isInstanceOf(AuthException.class).hasMessage("Cannot reach the sign-in service");
        }
    }
}
