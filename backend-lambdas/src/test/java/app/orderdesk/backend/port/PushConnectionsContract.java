package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PushConnections} does, the fake and the DynamoDB adapter alike (ADR
 * 0033-push-subscriptions): a subscribe of an open connection is read back by topic at once; a closed or
 * unknown connection cannot subscribe; unsubscribe and close take the connection out of its topics;
 * topics nobody subscribed to read as absent.
 */
public abstract class PushConnectionsContract {

    protected abstract PushConnections connections();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private String opened() {
        String id = unique("c");
        connections().open(new PushConnections.Connection(id, "u-1", "ada@example.test", List.of("staff"), NOW, NOW.plusSeconds(7200)));
        return id;
    }

    @Test
    void aSubscribeIsReadBackByTopicAtOnce() {
        String a = opened();
        String b = opened();
        String order = unique("order#o");
        String stock = unique("stock");

        assertThat(connections().subscribe(a, Set.of(order, stock), NOW)).isTrue();
        assertThat(connections().subscribe(b, Set.of(order), NOW)).isTrue();

        Map<String, Set<String>> read = connections().subscribers(Set.of(order, stock, unique("order#nobody")));
        assertThat(read.get(order)).containsExactlyInAnyOrder(a, b);
        assertThat(read.get(stock)).containsExactly(a);
        assertThat(read.keySet()).as("a topic nobody follows").containsExactlyInAnyOrder(order, stock);
    }

    @Test
    void anUnknownOrClosedConnectionCannotSubscribe() {
        String topic = unique("order#o");
        assertThat(connections().subscribe(unique("never-opened"), Set.of(topic), NOW)).isFalse();
        String a = opened();
        connections().close(a);
        assertThat(connections().subscribe(a, Set.of(topic), NOW)).isFalse();
        assertThat(connections().subscribers(Set.of(topic)).getOrDefault(topic, Set.of())).isEmpty();
    }

    @Test
    void unsubscribeAndCloseLeaveEveryTopic() {
        String a = opened();
        String b = opened();
        String one = unique("order#o");
        String two = unique("order#o");
        connections().subscribe(a, Set.of(one, two), NOW);
        connections().subscribe(b, Set.of(one, two), NOW);

        connections().unsubscribe(a, Set.of(one));
        assertThat(connections().subscribers(Set.of(one)).get(one)).containsExactly(b);
        assertThat(connections().subscribers(Set.of(two)).get(two)).containsExactlyInAnyOrder(a, b);

        connections().close(b);
        assertThat(connections().subscribers(Set.of(one)).getOrDefault(one, Set.of())).isEmpty();
        assertThat(connections().subscribers(Set.of(two)).get(two)).containsExactly(a);
        connections().close(b); // a repeat close (a pushing function and $disconnect both may close) is harmless
    }

    // h-v: $connect opens the connection already in its user's topic; a close leaves that topic too.
    @Test
    void aConnectionOpenedInItsUsersTopicIsReadBackThereAndLeavesItOnClose() {
        String user = unique("user#u");
        String a = unique("c");
        String b = unique("c");
        connections().open(new PushConnections.Connection(a, "u", "ada@example.test", List.of("staff"), NOW, NOW.plusSeconds(7200)), Set.of(user), NOW);
        connections().open(new PushConnections.Connection(b, "u", "ada@example.test", List.of("staff"), NOW, NOW.plusSeconds(7200)), Set.of(user), NOW);

        assertThat(connections().subscribers(Set.of(user)).get(user)).containsExactlyInAnyOrder(a, b);
        connections().close(a);
        assertThat(connections().subscribers(Set.of(user)).get(user)).containsExactly(b);
    }

    @Test
    void unsubscribingFromATopicNeverSubscribedIsHarmless() {
        String a = opened();
        String topic = unique("order#o");
        connections().unsubscribe(a, Set.of(topic));
        assertThat(connections().subscribers(Set.of(topic)).getOrDefault(topic, Set.of())).isEmpty();
    }
}
