package app.orderdesk.localcloud.deploy;

import app.orderdesk.api.Roles;
import app.orderdesk.localcloud.DemoUser;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates one demo user per role, plus a new hire left in FORCE_CHANGE_PASSWORD, each with a fresh
 * random password at every start (an existing user's password is reset, so old ones stop working).
 */
final class DemoUserProvisioner {

    static final String NEWHIRE = "newhire";

    private record Seed(String email, String group, String role, boolean permanent) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed("staff@orderdesk.local", Roles.STAFF, Roles.STAFF, true),
            new Seed("manager@orderdesk.local", Roles.MANAGERS, Roles.MANAGERS, true),
            new Seed("support@orderdesk.local", Roles.SUPPORT, Roles.SUPPORT, true),
            new Seed("newhire@orderdesk.local", Roles.STAFF, NEWHIRE, false));

    private final CognitoIdentityProviderClient cognito;
    private final PasswordGenerator passwords = new PasswordGenerator();

    DemoUserProvisioner(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    /** Role → demo user. */
    Map<String, DemoUser> provision(String userPoolId) {
        return provision(userPoolId, false);
    }

    /**
     * Role → demo user. {@code provisionedBefore}: the last complete deploy into this pool created them (a
     * matching deploy stamp), so each gets only its new password (one call, not three); one that is gone
     * after all is created as on a first start.
     */
    Map<String, DemoUser> provision(String userPoolId, boolean provisionedBefore) {
        Map<String, DemoUser> users = new LinkedHashMap<>();
        for (Seed seed : SEEDS) {
            String password = passwords.next();
            if (provisionedBefore && newPassword(userPoolId, seed, password)) {
                users.put(seed.role(), new DemoUser(seed.email(), password, seed.role()));
                continue;
            }
            try {
                cognito.adminCreateUser(r -> r.userPoolId(userPoolId).username(seed.email())
                        .temporaryPassword(password)
                        .messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(
                                AttributeType.builder().name("email").value(seed.email()).build(),
                                AttributeType.builder().name("email_verified").value("true").build()));
                if (seed.permanent()) {
                    setPassword(userPoolId, seed, password);
                }
            } catch (UsernameExistsException alreadyThere) {
                setPassword(userPoolId, seed, password);
            }
            cognito.adminAddUserToGroup(r -> r.userPoolId(userPoolId).username(seed.email()).groupName(seed.group()));
            users.put(seed.role(), new DemoUser(seed.email(), password, seed.role()));
        }
        return users;
    }

    /** False when the user is not there (deleted since the last deploy). */
    private boolean newPassword(String userPoolId, Seed seed, String password) {
        try {
            setPassword(userPoolId, seed, password);
            return true;
        } catch (UserNotFoundException gone) {
            return false;
        }
    }

    private void setPassword(String userPoolId, Seed seed, String password) {
        // Permanent=false puts the new hire back into FORCE_CHANGE_PASSWORD at every start.
        cognito.adminSetUserPassword(r -> r.userPoolId(userPoolId).username(seed.email())
                .password(password).permanent(seed.permanent()));
    }
}
