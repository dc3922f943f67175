package app.orderdesk.desktop.auth;

import app.orderdesk.api.Roles;
import java.time.Instant;
import java.util.Set;

/** A signed-in person and their tokens; lives in memory only and never prints the tokens. */
public record Session(String username, String email, Set<String> groups, String idToken, String refreshToken, Instant expiresAt) {

    public Session {
        groups = Set.copyOf(groups);
    }

    /** The most capable role the person has, as shown in the status bar; "no role" when in no group. */
    public String role() {
        if (groups.contains(Roles.MANAGERS)) {
            return Roles.MANAGERS;
        }
        if (groups.contains(Roles.STAFF)) {
            return Roles.STAFF;
        }
        if (groups.contains(Roles.SUPPORT)) {
            return Roles.SUPPORT;
        }
        return "no role";
    }

    /** Staff and managers take orders; support only looks them up. */
    public boolean canPlaceOrders() {
        return groups.contains(Roles.STAFF) || groups.contains(Roles.MANAGERS);
    }

    /** Who to show in the status bar. */
    public String displayName() {
        return email != null && !email.isBlank() ? email : username;
    }

    @Override
    public String toString() {
        return "Session[username=" + username + ", groups=" + groups + ", expiresAt=" + expiresAt + "]";
    }
}
