package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** h-b (issue 13): tax categories in the desk's words in both languages; a category the bundles do not know as typed. */
class CategoryWordsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void knownCategoriesHaveWordsInEnglishAndGerman() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(CategoryWords.of("food")).isEqualTo("Food");
        assertThat(CategoryWords.of(" Books ")).as("names are lower-case on the server; trimmed and matched so here").isEqualTo("Books");
        Locale.setDefault(Locale.GERMAN);
        assertThat(CategoryWords.of("food")).isEqualTo("Lebensmittel");
        assertThat(CategoryWords.of("books")).isEqualTo("Bücher");
    }

    @Test
    void aCategoryTheBundlesDoNotKnowIsShownAsTyped() {
        Locale.setDefault(Locale.GERMAN);
        assertThat(CategoryWords.of("tea-leaves")).isEqualTo("tea-leaves");
        assertThat(CategoryWords.hasWords("tea-leaves")).isFalse();
        assertThat(CategoryWords.of(null)).isEmpty();
        assertThat(CategoryWords.of(" ")).isEmpty();
        assertThat(CategoryWords.legend(List.of("tea-leaves"))).isEmpty();
        assertThat(CategoryWords.legend(List.of("food", "tea-leaves"))).isEqualTo("In Order Desk angezeigt als: food: Lebensmittel");
    }

    /** The list in the code and the words in the bundles are the same set, in both languages. */
    @Test
    void everyKnownCategoryHasWordsInEachBundleAndEachWordIsForAKnownCategory() throws IOException {
        for (String name : List.of("messages.properties", "messages_de.properties")) {
            Properties bundle = load(name);
            List<String> worded = bundle.stringPropertyNames().stream().filter(k -> k.startsWith("category.name."))
                    .map(k -> k.substring("category.name.".length())).toList();
            assertThat(worded).as(name).containsExactlyInAnyOrderElementsOf(CategoryWords.KNOWN);
            assertThat(CategoryWords.KNOWN).allSatisfy(c -> assertThat(c).as("a name as the server stores it").matches("^[a-z0-9][a-z0-9-]{0,29}$"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CategoryWordsTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
