package app.orderdesk.desktop.auth;

/** What Cognito says about a profile's app client when asked without signing anybody in. */
public enum AppClientStatus {
    /** The client exists in the region and takes email + password sign-ins. */
    USABLE,
    /** No app client with this id in the region (Cognito: ResourceNotFoundException). */
    NOT_FOUND,
    /** The client exists but does not allow the USER_PASSWORD_AUTH flow the app uses. */
    PASSWORD_SIGN_IN_OFF,
    /** The client has a client secret, which a desktop app cannot keep secret and does not send. */
    HAS_SECRET,
    /** The sign-in service did not answer. */
    UNREACHABLE
}
