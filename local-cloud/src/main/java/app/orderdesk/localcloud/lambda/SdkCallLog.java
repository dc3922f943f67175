package app.orderdesk.localcloud.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SDK request the functions sent, in order: which function, and what (the action, e.g.
 * {@code dynamodb:GetItem}, then the resources it named). Fed by the reporter the local cloud puts in
 * each function's class loader; tests take a mark before an order and read what came after it.
 */
public final class SdkCallLog {

    /** One request one function sent; {@code resources} are ARNs (tables, buckets, topics …). */
    public record Call(String function, String action, List<String> resources) {

        /** The service prefix of the action ({@code dynamodb}, {@code s3}, …). */
        public String service() {
            int colon = action.indexOf(':');
            return colon < 0 ? action : action.substring(0, colon);
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    void record(String function, String line) {
        String[] parts = line.trim().split(" ");
        List<String> resources = new ArrayList<>(List.of(parts).subList(1, parts.length));
        calls.add(new Call(function, parts[0], List.copyOf(resources)));
    }

    /** A position to read from later: {@code since(mark())} is what came after this call. */
    public int mark() {
        return calls.size();
    }

    public List<Call> since(int mark) {
        return List.copyOf(calls.subList(mark, calls.size()));
    }
}
