package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.OrderStatus;
import app.orderdesk.api.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the desk shows exists in every language with the same placeholders, every key the code
 * asks for exists, and every status and role has words.
 */
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

    @Test
    void everyPlaceholderOfAKeyIsInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(english.stringPropertyNames()).filteredOn(german::containsKey).allSatisfy(key ->
                assertThat(placeholders(german.getProperty(key))).as("placeholders of %s in German", key)
                        .isEqualTo(placeholders(english.getProperty(key))));
    }

    @Test
    void patternsWithPlaceholdersAreValidMessageFormatsAndPlainTextsAreNot() throws IOException {
        for (String name : List.of("messages.properties", "messages_de.properties")) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (placeholders(value).isEmpty()) {
                    // Read as it is (Messages.text formats only when given arguments): '' would show twice.
                    assertThat(value).as("%s in %s is shown as written: no doubled apostrophes", key, name).doesNotContain("''");
                } else {
                    // MessageFormat drops a lone apostrophe and quotes what follows: it must be doubled.
                    assertThat(value.replace("''", "")).as("%s in %s: apostrophes in a pattern are doubled", key, name).doesNotContain("'");
                    Object[] samples = new Object[Collections.max(placeholders(value)) + 1];
                    Arrays.fill(samples, 2);
                    assertThat(MessageFormat.format(value, samples)).as(key).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties english = load("messages.properties");
        Pattern lookup = Pattern.compile("Messages\\.text\\(\\s*\"([\\w.\\-]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = lookup.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void germanIsWhatAGermanDeskReads() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ResourceBundle.clearCache();
            assertThat(Messages.text("orders.title")).isEqualTo("Bestellungen suchen");
            assertThat(Messages.text("inventory.history.of", "TEA-7", 1234)).isEqualTo("Bestandsverlauf · TEA-7 · 1.234 verfügbar");
            assertThat(Messages.text("attention.count", 3)).isEqualTo("3 Bestellungen brauchen Klärung.");
            assertThat(Messages.text("attention.count", 1)).isEqualTo("1 Bestellung braucht Klärung.");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    /** The argument indices a pattern uses: {0}, {1,number,integer} and {0,choice,…} alike. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
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
