package app.orderdesk.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words reach the screen from a string literal: every text given to a JavaFX control, column,
 * tab, dialog or screen comes from the bundles ({@link Messages}), so German covers the whole app.
 * Scans the main sources; a literal passes only when it has no letters and is on the short list of
 * symbols that read the same in every language.
 */
class UserVisibleLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Symbols, not words: the same in every language. */
    private static final Set<String> SYMBOLS = Set.of("", " ", "  ", "—", "…", "×", "✕", "·", "→", "Δ", "+", "-", "0");

    private static final String LITERAL = "\\s*\"((?:[^\"\\\\]|\\\\.)*)\"";

    /** The places a literal becomes text people read. */
    private static final List<Pattern> TEXT_SINKS = List.of(
            // controls and dialogs built with their text
            Pattern.compile("new\\s+(?:javafx\\.scene\\.control\\.)?(?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|Tab|Tooltip"
                    + "|MenuItem|Menu|TitledPane|ButtonType|TableColumn(?:<[^>]*>)?)\\(" + LITERAL),
            Pattern.compile("new\\s+(?:javafx\\.scene\\.control\\.)?Alert\\([^,()]+," + LITERAL),
            // text setters
            Pattern.compile("\\.(?:setText|setPromptText|setTitle|setHeaderText|setContentText|setLabel)\\(" + LITERAL),
            // this app's helpers that make a column, heading or label from their first argument
            Pattern.compile("\\b(?:column|textColumn|numberColumn|heading|fieldLabel|sectionTitle|Columns\\.text)\\(" + LITERAL),
            // a screen's tab title (its first argument is the tab's id)
            Pattern.compile("new\\s+Screen\\(\\s*\"[^\"]*\"\\s*," + LITERAL),
            // status and error texts a view model shows (message, error, summary, … properties)
            Pattern.compile("\\b\\w+\\.set\\(" + LITERAL),
            Pattern.compile("new\\s+ReadOnlyStringWrapper\\(" + LITERAL),
            Pattern.compile("\\b(?:notifications\\.(?:info|error|failure)|problem|fail|reload|confirm\\.test)\\(" + LITERAL),
            // messages of exceptions that the screens show as they are
            Pattern.compile("new\\s+(?:AuthException|IllegalArgumentException)\\(" + LITERAL),
            // constants that name what people read (by their names: messages, notices, titles, rules, reasons…)
            Pattern.compile("static\\s+final\\s+String\\s+(?:ON|PAUSED|CONNECTING|SHORTCUTS|(?:[A-Z]+_)*(?:MESSAGE|NOTICE|TITLE|REASON|RULE"
                    + "|RANGE|UNREACHABLE|CREDENTIALS|PRINTER|ALLOWED|READY|LATE|COMPLETED|LEFT|CHOSEN|LONG|LARGE|DELTA|EMAIL|PASSWORD"
                    + "|DIFFER|ONLY|PRODUCT|ORDER))\\s*=" + LITERAL));

    @Test
    void noWordsArePassedToTheScreenAsLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file -> found.addAll(literalsIn(file)));
        }
        assertThat(found).as("user-visible literals: move them to messages.properties (and messages_de.properties)").isEmpty();
    }

    @Test
    void theScanFindsALiteralWhereOneIsPassed() {
        String source = """
                class X {
                    void f() {
                        Label a = new Label("Order number");
                        b.setPromptText(
                                "Any status");
                        table.getColumns().add(Columns.text("Placed", 130, x -> x));
                        message.set("Sending the receipt…");
                        Label ok = new Label("—");
                        Label fine = new Label(Messages.text("orders.title"));
                    }
                }
                """;
        assertThat(literalsIn("X.java", source)).containsExactly(
                "X.java:3 \"Order number\"", "X.java:5 \"Any status\"", "X.java:6 \"Placed\"", "X.java:7 \"Sending the receipt…\"");
    }

    private static List<String> literalsIn(Path file) {
        try {
            return literalsIn(SOURCES.relativize(file).toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> literalsIn(String name, String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        for (Pattern sink : TEXT_SINKS) {
            Matcher m = sink.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                if (!SYMBOLS.contains(literal) && !technical(literal)) {
                    found.add(name + ":" + lineOf(code, m.start(1)) + " \"" + literal + "\"");
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.replaceAll("^[^:]*:(\\d+).*$", "$1"))));
        return found;
    }

    /**
     * Identifiers and codes, not words: one token with a '_', '.', '/' or ':' in it, camelCase,
     * kebab-case or all capitals ("tok_payOnDelivery", "application/json", "orderNumber",
     * "od-section-title", "USD").
     */
    private static boolean technical(String literal) {
        return literal.matches("[A-Za-z0-9-]*[_./:][A-Za-z0-9_./:-]*|[a-z]+[A-Z][A-Za-z0-9]*|[a-z0-9]+(-[a-z0-9]+)+|[A-Z0-9_]+");
    }

    /** Comments blanked (kept line breaks) so examples in Javadoc do not count. */
    private static String withoutComments(String source) {
        Matcher m = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"").matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement = token.startsWith("\"") ? token : token.replaceAll("[^\\n]", " ");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
