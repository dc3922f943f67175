package app.orderdesk.backend.fakes;

import app.orderdesk.backend.port.PushConnections;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Connections and their subscriptions in memory (held to {@code PushConnectionsContract}); counts topic reads. */
public final class InMemoryPushConnections implements PushConnections {

    public final Map<String, Connection> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> topicsOf = new HashMap<>();
    private final Map<String, Set<String>> membersOf = new HashMap<>();
    /** How many times the subscribers were read (the adapter: one BatchGetItem per call). */
    public int subscriberReads;

    @Override
    public synchronized void open(Connection connection) {
        byId.put(connection.connectionId(), connection);
    }

    @Override
    public synchronized void close(String connectionId) {
        byId.remove(connectionId);
        Set<String> topics = topicsOf.remove(connectionId);
        if (topics != null) {
            topics.forEach(topic -> membersOf.getOrDefault(topic, new LinkedHashSet<>()).remove(connectionId));
        }
    }

    @Override
    public synchronized boolean subscribe(String connectionId, Set<String> topics, Instant now) {
        if (!byId.containsKey(connectionId)) {
            return false;
        }
        topicsOf.computeIfAbsent(connectionId, k -> new LinkedHashSet<>()).addAll(topics);
        topics.forEach(topic -> membersOf.computeIfAbsent(topic, k -> new LinkedHashSet<>()).add(connectionId));
        return true;
    }

    @Override
    public synchronized void unsubscribe(String connectionId, Set<String> topics) {
        Set<String> mine = topicsOf.get(connectionId);
        if (mine != null) {
            mine.removeAll(topics);
        }
        topics.forEach(topic -> membersOf.getOrDefault(topic, new LinkedHashSet<>()).remove(connectionId));
    }

    @Override
    public synchronized Map<String, Set<String>> subscribers(Set<String> topics) {
        subscriberReads++;
        Map<String, Set<String>> read = new HashMap<>();
        for (String topic : topics) {
            Set<String> members = membersOf.get(topic);
            if (members != null && !members.isEmpty()) {
                read.put(topic, new LinkedHashSet<>(members));
            }
        }
        return read;
    }
}
