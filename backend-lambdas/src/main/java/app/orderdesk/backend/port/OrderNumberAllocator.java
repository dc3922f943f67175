package app.orderdesk.backend.port;

/** Hands out the next order sequence number, atomically and never twice. */
public interface OrderNumberAllocator {
    long next();
}
