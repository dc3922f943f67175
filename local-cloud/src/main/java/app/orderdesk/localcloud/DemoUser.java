package app.orderdesk.localcloud;

/**
 * A demo login of the local cloud. {@code username} is the email; {@code role} is the Cognito group
 * ({@code staff}, {@code managers}, {@code support}) or {@code newhire}, a staff member who must set
 * a new password at first sign-in. The password is generated at every start and kept in memory only.
 */
public record DemoUser(String username, String password, String role) {

    @Override
    public String toString() {
        return "DemoUser[" + username + ", " + role + "]"; // keep passwords out of logs and assertion messages
    }
}
