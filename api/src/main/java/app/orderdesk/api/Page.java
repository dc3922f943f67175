package app.orderdesk.api;

import java.util.List;

/** One page of a listing; pass {@code nextToken} back to get the next one (null on the last page). */
public record Page<T>(List<T> items, String nextToken) {}
