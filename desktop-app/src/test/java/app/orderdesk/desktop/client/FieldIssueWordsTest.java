package app.orderdesk.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.api.ApiError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walked in German, session 22: a word typed into the order-number search came back "Einige Felder sind ungültig
 * (number: must be an order number such as OD-000042)" — the server's field and sentence in English. Every field
 * issue the backend writes with a named field (its {@code FieldIssue} and {@code ValidationFailedException}
 * literals, read from its source without a dependency on it) has the desk's German words for the field and the
 * issue, except for the fields listed below, which the desk never sends wrong.
 */
class FieldIssueWordsTest {

    private static final Path BACKEND = Path.of("..", "backend-lambdas", "src", "main", "java");

    /**
     * Fields whose values the desk makes itself, never from typing: a wrong one is a bug in the desk (or another
     * client's), not something a clerk can correct, so the server's English stays.
     */
    private static final Set<String> NOT_TYPED = Set.of("Idempotency-Key", "body", "nextToken", "id", "refundId", "dryRun",
            "lowStock", "expectedVersion", "sku", "header", "csv", "limit", "restock", "lines", "day", "days", "status", "reason",
            "customer", "paymentToken", "categoryTaxRates",
            "method", // ADR 0071: a payment's method comes from the dialog's list
            "payment", // ADR 0073: the desk sends OUTSTANDING from its tick box, never a typed word
            "If-Match"); // ADR 0087: the desk sends the updatedAt it read, never a typed word

    private static final Pattern ISSUE = Pattern.compile(
            "new (?:FieldIssue|ValidationFailedException)\\(\\s*\"([^\"]+)\",\\s*(.*?)\\)\\)?;", Pattern.DOTALL);

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
        ResourceBundle.clearCache();
    }

    @Test
    void aGermanDeskWordsEveryFieldIssueAClerkCanCause() throws IOException {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();

        List<String> found = new ArrayList<>();
        List<String> unworded = new ArrayList<>();
        String sources = sources();
        try (Stream<Path> files = Files.walk(BACKEND)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                List<String[]> issues = new ArrayList<>();
                Matcher issue = ISSUE.matcher(source);
                while (issue.find()) {
                    issues.add(new String[] {issue.group(1), issue.group(2)});
                }
                // StoreLogo says its refusals through refused("…"), all of them about the field "logo"
                Matcher logo = Pattern.compile("refused\\((\".*?)\\);").matcher(source);
                while (file.endsWith("StoreLogo.java") && logo.find()) {
                    issues.add(new String[] {"logo", logo.group(1)});
                }
                for (String[] named : issues) {
                    String field = named[0];
                    if (NOT_TYPED.contains(field)) {
                        continue;
                    }
                    for (String sentence : samples(named[1], sources)) {
                        String shown = ApiErrorWords.forDetail(new ApiError.Detail(field, sentence));
                        found.add(field + ": " + sentence + " -> " + shown);
                        if (shown.startsWith(field + ":") || shown.endsWith(": " + sentence)) {
                            unworded.add(file.getFileName() + " " + field + ": " + sentence + " -> " + shown);
                        }
                    }
                }
            }
        }
        System.out.println("Field issues a clerk can cause: " + found.size() + ", worded in German: " + (found.size() - unworded.size()));
        found.forEach(line -> System.out.println("  " + line));

        assertThat(found).as("field issues found in the backend").hasSizeGreaterThan(30);
        assertThat(unworded).as("shown to a German desk in the server's English").isEmpty();
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(BACKEND)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    /**
     * The sentences an issue's expression makes: a constant's text (CONTROL_CHARACTERS), each sentence of SaveProduct's
     * unknownCategory (with two category names), else the expression with 7 for each value it is built from.
     */
    private static List<String> samples(String expression, String sources) {
        if (expression.strip().matches("[a-z]\\w*")) {
            return List.of(); // a parameter passed on: its sentences are read where the callers write them
        }
        // (a ? "PNG" : "JPEG") reads as its first choice
        expression = expression.replaceAll("\\((?:[^()]|\\([^()]*\\))*\\?\\s*(\"[^\"]*\")\\s*:\\s*\"[^\"]*\"\\s*\\)", "$1");
        Matcher constant = Pattern.compile("(?:\\w+\\.)?([A-Z][A-Z0-9_]+)").matcher(expression.strip());
        if (constant.matches()) {
            Matcher text = Pattern.compile("\\b" + constant.group(1) + "\\s*=\\s*\"([^\"]*)\"").matcher(sources);
            assertThat(text.find()).as("the text of %s", constant.group(1)).isTrue();
            return List.of(text.group(1));
        }
        if (expression.contains("unknownCategory(")) {
            int from = sources.indexOf("static String unknownCategory(");
            String body = sources.substring(from, sources.indexOf("\n    }", from));
            Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(body);
            List<String> sentences = new ArrayList<>();
            while (literal.find()) {
                if (literal.group(1).length() > 4) {
                    sentences.add(literal.group(1).endsWith(": ") ? literal.group(1) + "books, food" : literal.group(1));
                }
            }
            assertThat(sentences).as("unknownCategory's sentences").hasSize(2);
            return sentences;
        }
        return List.of(sample(expression));
    }

    /** The sentence the expression makes, with 7 for each value it is built from ("must be at most " + MAX + " characters"). */
    private static String sample(String expression) {
        StringBuilder sentence = new StringBuilder();
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
        int at = 0;
        while (literal.find()) {
            if (!expression.substring(at, literal.start()).replaceAll("[\\s+]", "").isEmpty()) {
                sentence.append('7');
            }
            sentence.append(literal.group(1));
            at = literal.end();
        }
        if (!expression.substring(at).replaceAll("[\\s+)]", "").isEmpty()) {
            sentence.append('7');
        }
        return sentence.toString();
    }
}
