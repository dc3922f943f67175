package app.orderdesk.api;

/** The Cognito groups the server enforces and the desktop app uses to hide what a role cannot do. */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String MANAGERS = "managers";
    public static final String SUPPORT = "support";

    private Roles() {}
}
