package app.orderdesk.backend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReceiptWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyLanguageHasTheSameKeysAndPlaceholdersAsEnglish() throws IOException {
        Map<String, TreeSet<String>> english = placeholders(load("receipt.properties"));
        Map<String, TreeSet<String>> german = placeholders(load("receipt_de.properties"));

        assertThat(german.keySet()).as("keys of receipt_de").isEqualTo(english.keySet());
        assertThat(german).as("placeholders of each key in receipt_de").isEqualTo(english);
    }

    /** The credit note names a refund's reason by its code's key: every code has one (and so, by the test above, in German too). */
    @Test
    void everyRefundReasonHasItsWordsOnTheCreditNote() throws IOException {
        Properties english = load("receipt.properties");

        for (RefundReason reason : RefundReason.values()) {
            assertThat(english.getProperty("creditNote.reason." + reason.name())).as(reason.name()).isNotBlank();
        }
    }

    @Test
    void aGermanStoreGetsGermanWordsAndItsOwnDateFormat() {
        ReceiptWords words = ReceiptWords.of(Locale.forLanguageTag("de-DE"));

        assertThat(words.text("receipt.title", "OD-000042")).isEqualTo("Beleg OD-000042");
        assertThat(words.language()).isEqualTo("de");
        assertThat(words.date(Instant.parse("2026-03-01T10:15:30Z"), store("de-DE")))
                .isEqualTo("01.03.2026 11:15 Europe/Berlin");
    }

    @Test
    void aLanguageWithoutABundleGetsEnglishWhateverTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            ReceiptWords words = ReceiptWords.of(Locale.forLanguageTag("fr-FR"));
            assertThat(words.text("receipt.title", "OD-000042")).isEqualTo("Receipt OD-000042");
            assertThat(words.language()).isEqualTo("en");
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static StoreSettings store(String locale) {
        return new StoreSettings("S", "", "", "", "", 0, "EUR", locale, "Europe/Berlin", "", null, null);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReceiptWords.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<String, TreeSet<String>> placeholders(Properties bundle) {
        Map<String, TreeSet<String>> found = new TreeMap<>();
        for (String key : bundle.stringPropertyNames()) {
            TreeSet<String> numbers = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(bundle.getProperty(key));
            while (m.find()) {
                numbers.add(m.group(1));
            }
            found.put(key, numbers);
        }
        return found;
    }
}
