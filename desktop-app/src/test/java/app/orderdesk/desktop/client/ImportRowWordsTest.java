package app.orderdesk.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * h-e (issue 13): the stock-count import's row messages, which the API writes in English, in the desk's words: every
 * phrase the backend writes (read from its source, without a dependency on it) has English and German words, with
 * the numbers and names of the server's sentence; what the desk has no words for stays as the server wrote it.
 */
class ImportRowWordsTest {

    /** Where the backend writes the row messages: the import, its category check and the refusals of a count. */
    private static final Path BACKEND = Path.of("..", "backend-lambdas", "src", "main", "java", "app", "orderdesk", "backend", "usecase");

    /** One sentence of each phrase the backend writes (as ImportStockCounts words it) → its German words. */
    private static final Map<String, String> GERMAN = new LinkedHashMap<>();
    /** The same sentences → the desk's English words. */
    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        phrase("sku is empty", "the SKU is empty", "Die Art.-Nr. fehlt");
        phrase("productId is empty", "the product id is empty", "Die Produkt-ID fehlt");
        phrase("expected 2 columns, found 3", "expected 2 columns, found 3", "2 Spalten erwartet, 3 gefunden");
        phrase("expected 2 to 4 columns, found 5", "expected 2 to 4 columns, found 5", "2 bis 4 Spalten erwartet, 5 gefunden");
        phrase("count must be a whole number between 0 and 1000000000",
                "the count must be a whole number between 0 and 1,000,000,000",
                "Die Anzahl muss eine ganze Zahl zwischen 0 und 1.000.000.000 sein");
        phrase("note must be at most 500 characters", "the note must be at most 500 characters",
                "Die Notiz darf höchstens 500 Zeichen lang sein");
        phrase("category is not one of the store's categories (the store settings define none yet)",
                "the category is not one of the store's categories (the store settings define none yet)",
                "Die Kategorie gehört nicht zu den Kategorien des Geschäfts (in den Geschäftseinstellungen ist noch keine festgelegt)");
        phrase("category is not one of the store's categories: books, food",
                "the category is not one of the store's categories: books, food",
                "Die Kategorie gehört nicht zu den Kategorien des Geschäfts: books, food");
        phrase("already listed on row 2; each product may appear once", "already listed on row 2; each product may appear once",
                "Steht schon in Zeile 2; jedes Produkt darf nur einmal vorkommen");
        phrase("unknown SKU", "unknown SKU", "Unbekannte Art.-Nr.");
        phrase("unknown product id", "unknown product id", "Unbekannte Produkt-ID");
        phrase("the stock service was unavailable; import this row again", "the stock service was unavailable; import this row again",
                "Der Bestandsdienst war nicht erreichbar; importieren Sie diese Zeile noch einmal");
        phrase("No product with id 4711", "no product with id 4711", "Kein Produkt mit der ID 4711");
        phrase("MUG-BLU has 2 available; removing 1500 would take it below zero",
                "MUG-BLU has 2 available; removing 1,500 would take it below zero",
                "Von MUG-BLU sind 2 verfügbar; 1.500 abzuziehen ergäbe einen Bestand unter null");
    }

    private static void phrase(String server, String english, String german) {
        ENGLISH.put(server, english);
        GERMAN.put(server, german);
    }

    private final Locale before = Locale.getDefault();

    private static void deskIn(Locale locale) {
        Locale.setDefault(locale);
        ResourceBundle.clearCache();
    }

    @AfterEach
    void restoreLocale() {
        deskIn(before);
    }

    @Test
    void aGermanDeskShowsEveryImportPhraseInGerman() {
        deskIn(Locale.GERMANY);

        List<String> worded = GERMAN.keySet().stream().map(ErrorMessages::importRow).toList();
        System.out.println("Import row phrases worded in German: " + worded.size() + " of " + GERMAN.size());

        assertThat(worded).containsExactlyElementsOf(GERMAN.values());
    }

    @Test
    void theDesksEnglishWordsCoverEveryImportPhraseAndAnEnglishDeskShowsTheServersSentence() {
        deskIn(Locale.US);

        assertThat(ENGLISH.keySet().stream().map(ApiErrorWords::importRow).toList()).containsExactlyElementsOf(ENGLISH.values());
        assertThat(ENGLISH.keySet().stream().map(ErrorMessages::importRow).toList()).containsExactlyElementsOf(ENGLISH.keySet());
    }

    @Test
    void namesAndIdsAreShownAsWrittenAndWhatTheDeskHasNoWordsForAsTheServerWroteIt() {
        deskIn(Locale.GERMANY);

        assertThat(ErrorMessages.importRow("No product with id 1234567")).isEqualTo("Kein Produkt mit der ID 1234567");
        assertThat(ErrorMessages.importRow("12345 has 1000 available; removing 2000 would take it below zero"))
                .isEqualTo("Von 12345 sind 1.000 verfügbar; 2.000 abzuziehen ergäbe einen Bestand unter null");
        assertThat(ErrorMessages.importRow("the warehouse is closed on Sundays")).isEqualTo("the warehouse is closed on Sundays");
        assertThat(ErrorMessages.importRow(null)).isEmpty();
    }

    /**
     * Every piece of text the backend puts into a row's message (the literals of {@code error(number, key, …)}, the
     * unknown-category words and the refusals a count can meet) is part of a sentence above: a new or changed phrase
     * in the backend turns this red until the desk has words for it.
     */
    @Test
    void everyPhraseTheBackendWritesIsListedAbove() throws IOException {
        String importer = Files.readString(BACKEND.resolve("ImportStockCounts.java"));
        String saveProduct = Files.readString(BACKEND.resolve("SaveProduct.java"));
        String adjust = Files.readString(BACKEND.resolve("AdjustStock.java"));

        List<String> pieces = new ArrayList<>();
        Matcher rowErrors = Pattern.compile("error\\(number, key, (.*?)\\);", Pattern.DOTALL).matcher(importer);
        int calls = 0;
        while (rowErrors.find()) {
            calls++;
            pieces.addAll(literals(rowErrors.group(1)));
        }
        pieces.addAll(literals(between(importer, "String unknownCategory =", ";")));
        pieces.addAll(literals(between(saveProduct, "static String unknownCategory(", "\n    }")));
        // What a count's write can be refused with (NotFoundException, ConflictException): AdjustStock.apply, used by setCount.
        String apply = between(adjust, "private StockMovement apply(", "\n    }\n");
        Matcher refusals = Pattern.compile("new (?:NotFoundException|ConflictException)\\(\"[A-Z_]+\",(.*?)\\);", Pattern.DOTALL).matcher(apply);
        int refusalCount = 0;
        while (refusals.find()) {
            refusalCount++;
            pieces.addAll(literals(refusals.group(1)));
        }
        System.out.println("Backend import row messages: " + calls + " error(...) calls, " + refusalCount + " refusals, "
                + pieces.size() + " pieces of text checked against " + GERMAN.size() + " listed phrases");

        assertThat(calls).as("row errors found in ImportStockCounts").isGreaterThanOrEqualTo(7);
        assertThat(refusalCount).as("refusals found in AdjustStock.apply").isGreaterThanOrEqualTo(2);
        assertThat(pieces).as("pieces of the backend's row messages that no listed phrase contains")
                .allSatisfy(piece -> assertThat(GERMAN.keySet()).anySatisfy(sentence -> assertThat(sentence).contains(piece)));
    }

    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(code);
        while (m.find()) {
            String text = m.group(1).replace("\\\"", "\"").strip();
            if (!text.isEmpty()) {
                found.add(text);
            }
        }
        return found;
    }

    private static String between(String source, String start, String end) {
        int from = source.indexOf(start);
        assertThat(from).as("the backend source still has %s", start).isGreaterThanOrEqualTo(0);
        int to = source.indexOf(end, from + start.length());
        assertThat(to).as("the end of %s", start).isGreaterThan(from);
        return source.substring(from + start.length(), to);
    }
}
