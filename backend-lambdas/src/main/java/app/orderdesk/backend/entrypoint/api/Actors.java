package app.orderdesk.backend.entrypoint.api;

/** Who a change is attributed to in audit records: the caller's email, else username, else subject. */
final class Actors {

    private Actors() {}

    static String of(Caller caller) {
        if (caller.email() != null) {
            return caller.email();
        }
        return caller.username() != null ? caller.username() : caller.sub();
    }
}
