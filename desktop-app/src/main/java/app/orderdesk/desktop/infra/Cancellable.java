package app.orderdesk.desktop.infra;

/** A handle to background work or a scheduled action whose callbacks must no longer run. */
@FunctionalInterface
public interface Cancellable {

    /** Does nothing: for work that already ended. */
    Cancellable NONE = () -> { };

    /** Stops the work if possible; its callbacks will not be called afterwards. */
    void cancel();
}
