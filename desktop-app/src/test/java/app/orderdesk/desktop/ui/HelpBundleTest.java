package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The help texts and the logo words exist in both languages, key for key, and none is empty. */
class HelpBundleTest {

    @Test
    void helpAndHelpDeHaveTheSameKeysAndNoEmptyText() throws IOException {
        sameKeys("/app/orderdesk/desktop/ui/help.properties", "/app/orderdesk/desktop/ui/help_de.properties");
        Properties english = load("/app/orderdesk/desktop/ui/help.properties");
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(key).matches("(help|name)\\..+"));
        assertThat(english.size()).isGreaterThan(50);
    }

    @Test
    void theLogoWordsHaveTheSameKeysInBothLanguages() throws IOException {
        sameKeys("/app/orderdesk/desktop/settings/logo.properties", "/app/orderdesk/desktop/settings/logo_de.properties");
    }

    @Test
    void germanHelpIsTranslatedNotCopied() throws IOException {
        Properties english = load("/app/orderdesk/desktop/ui/help.properties");
        Properties german = load("/app/orderdesk/desktop/ui/help_de.properties");
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(german.getProperty(key))) {
                same.add(key);
            }
        }
        assertThat(same).as("help texts left in English in help_de").isEmpty();
    }

    private static void sameKeys(String englishName, String germanName) throws IOException {
        Properties english = load(englishName);
        Properties german = load(germanName);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(german.stringPropertyNames());
        Set<String> extra = new TreeSet<>(german.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys missing in " + germanName).isEmpty();
        assertThat(extra).as("keys in " + germanName + " unknown to " + englishName).isEmpty();
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        assertThat(german.stringPropertyNames()).allSatisfy(key -> assertThat(german.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HelpBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
