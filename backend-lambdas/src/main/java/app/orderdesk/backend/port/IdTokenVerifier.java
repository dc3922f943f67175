package app.orderdesk.backend.port;

import java.util.List;
import java.util.Optional;

/** Checks a Cognito ID token as the REST API's authorizer does; empty when it must be refused. */
public interface IdTokenVerifier {

    Optional<VerifiedUser> verify(String idToken);

    record VerifiedUser(String userId, String email, List<String> groups) {
        public VerifiedUser {
            groups = List.copyOf(groups);
        }
    }
}
