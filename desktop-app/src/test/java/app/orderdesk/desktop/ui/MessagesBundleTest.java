package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every word the desk shows for a code exists in every language, and every status and role has words. */
class MessagesBundleTest {

    @Test
    void germanHasEveryKeyOfTheDefaultBundleAndNoEmptyValue() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(german.stringPropertyNames());
        Set<String> extra = new TreeSet<>(german.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys missing in German").isEmpty();
        assertThat(extra).as("German keys unknown to the default bundle").isEmpty();
        assertThat(german.stringPropertyNames()).allSatisfy(key -> assertThat(german.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyOrderStatusAndRoleHasWords() throws IOException {
        Properties english = load("messages.properties");

        assertThat(Arrays.stream(OrderStatus.values()).map(s -> "status." + s.name()))
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        assertThat(Set.of(Roles.MANAGERS, Roles.STAFF, Roles.SUPPORT))
                .allSatisfy(role -> assertThat(english.getProperty("role." + role)).as(role).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
