package app.orderdesk.desktop.client;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.ui.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desk's own words for what the API said, in the desk's language: the error {@code code} and, for a
 * field, its name and the issue when it is one of the API's stable phrases ("is required", "must be at
 * most 200 characters"). What the desk has no words for (a new code, a one-off issue) is shown as the
 * server wrote it, so nothing is ever hidden. The API writes English, and its messages name specifics
 * the code alone does not (the refund limit, the stock left): a desk in English shows them as they are,
 * a desk in another language its own words (ADR 0032-api-error-words).
 */
final class ApiErrorWords {

    /** A stable issue phrase of the API and the key of its words; its groups become the words' arguments. */
    private record IssuePhrase(Pattern phrase, String key) {
        IssuePhrase(String regex, String key) {
            this(Pattern.compile(regex), key);
        }
    }

    private static final List<IssuePhrase> ISSUES = List.of(
            new IssuePhrase("(?:header )?is required|must not be null", "error.issue.required"),
            new IssuePhrase("is required \\(0 for no tax\\)", "error.issue.requiredTaxRate"),
            new IssuePhrase("is required \\(the price with tax, in cents\\)", "error.issue.requiredPrice"),
            new IssuePhrase("not a valid email address|is not an email address", "error.issue.email"),
            new IssuePhrase("is not a phone number|not a valid phone number|must be 6 to 20 digits or spaces, optionally starting with \\+",
                    "error.issue.phone"),
            new IssuePhrase("must be at most (\\d+) characters", "error.issue.tooLong"),
            new IssuePhrase("must be between (\\d+) and (\\d+)\\b.*", "error.issue.range"),
            new IssuePhrase("must not contain control characters", "error.issue.controlCharacters"),
            new IssuePhrase("has the wrong type", "error.issue.wrongType"),
            new IssuePhrase("must contain at least one line", "error.issue.noLines"),
            new IssuePhrase("must contain at most (\\d+) lines", "error.issue.tooManyLines"),
            new IssuePhrase("must be an ISO 4217 code such as USD or EUR", "error.issue.currency"),
            new IssuePhrase("must be a language tag such as en-US or de-DE", "error.issue.locale"),
            new IssuePhrase("must be a time zone such as Europe/Berlin", "error.issue.timeZone"),
            new IssuePhrase("must be (?<text>[A-Za-z0-9_+\\-/]+), the time zone the store was deployed with \\(StoreTimeZone\\)",
                    "error.issue.timeZoneDeployed"),
            // session 22: the rest of what a clerk can cause on the desk's screens (FieldIssueWordsTest finds them)
            new IssuePhrase("must be a non-zero whole number between -(\\d+) and (\\d+)", "error.issue.nonZeroRange"),
            new IssuePhrase("must be a whole number between (\\d+) and (\\d+)", "error.issue.wholeRange"),
            new IssuePhrase("must be at most (\\d+)", "error.issue.atMost"),
            new IssuePhrase("must not be negative", "error.issue.negative"),
            new IssuePhrase("must be after from", "error.issue.afterFrom"),
            new IssuePhrase("must be an order number such as OD-000042", "error.issue.orderNumber"),
            new IssuePhrase("must be at most (\\d+) letters, digits, spaces, dots, dashes or slashes", "error.issue.taxNumber"),
            new IssuePhrase("is not one of the store's categories \\(the store settings define none yet\\)", "error.issue.categoryNoneDefined"),
            new IssuePhrase("is not one of the store's categories: (?<text>.+)", "error.issue.categoryUnknown"),
            new IssuePhrase("must be a PNG or JPEG image(?:, base64-encoded)?", "error.issue.logoType"),
            new IssuePhrase("must be at most (\\d+) KB \\(this one is (\\d+) KB\\)", "error.issue.logoSize"),
            new IssuePhrase("is not a readable (?<text>PNG|JPEG) image", "error.issue.logoUnreadable"));

    /**
     * h-e (issue 13): the stable phrases of the stock-count import's row messages ({@code ImportStockCounts} in the
     * backend, with {@code SaveProduct.unknownCategory} and the refusals of {@code AdjustStock.setCount}). A group
     * named {@code text} is passed on as written (a SKU, an id, the store's category names); other groups are numbers.
     */
    private static final List<IssuePhrase> IMPORT_ROWS = List.of(
            new IssuePhrase("sku is empty", "error.import.skuEmpty"),
            new IssuePhrase("productId is empty", "error.import.productIdEmpty"),
            new IssuePhrase("expected (\\d+) columns, found (\\d+)", "error.import.columns"),
            new IssuePhrase("expected (\\d+) to (\\d+) columns, found (\\d+)", "error.import.columnsRange"),
            new IssuePhrase("count must be a whole number between (\\d+) and (\\d+)", "error.import.count"),
            new IssuePhrase("note must be at most (\\d+) characters", "error.import.noteTooLong"),
            new IssuePhrase("category is not one of the store's categories \\(the store settings define none yet\\)",
                    "error.import.categoryNoneDefined"),
            new IssuePhrase("category is not one of the store's categories: (?<text>.+)", "error.import.categoryUnknown"),
            new IssuePhrase("already listed on row (\\d+); each product may appear once", "error.import.duplicate"),
            new IssuePhrase("unknown SKU", "error.import.unknownSku"),
            new IssuePhrase("unknown product id", "error.import.unknownProductId"),
            new IssuePhrase("the stock service was unavailable; import this row again", "error.import.unavailable"),
            new IssuePhrase("No product with id (?<text>.+)", "error.import.noProduct"),
            new IssuePhrase("(?<text>.+) has (\\d+) available; removing (\\d+) would take it below zero", "error.import.insufficient"));

    /** "lines[2].quantity": the line's number and the member. */
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private ApiErrorWords() {}

    /** The desk's words for the error's code, or null when it has none (the caller shows the server's message). */
    static String forCode(ApiError error) {
        String key = "error.code." + error.code();
        return !speaksTheServersLanguage() && error.code() != null && Messages.has(key) ? Messages.text(key) : null;
    }

    /** The server writes English. */
    static boolean speaksTheServersLanguage() {
        return "en".equals(Messages.language());
    }

    /** "customer email: is not a valid email address", in the desk's language as far as it has words. */
    static String forDetail(ApiError.Detail detail) {
        if (speaksTheServersLanguage()) {
            return detail.field() + ": " + detail.issue();
        }
        return field(detail.field()) + ": " + issue(detail.issue());
    }

    static String field(String field) {
        if (field == null) {
            return "";
        }
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches() && Messages.has("error.field.line." + line.group(2))) {
            return Messages.text("error.field.line." + line.group(2), Integer.parseInt(line.group(1)) + 1);
        }
        return Messages.textOr("error.field." + field, field);
    }

    static String issue(String issue) {
        return worded(ISSUES, issue);
    }

    /**
     * A stock-count import row's message as the desk shows it: the server's own sentence on an English desk, the
     * desk's words on another (as far as it has words; else the server's sentence).
     */
    static String forImportRow(String message) {
        return speaksTheServersLanguage() ? message == null ? "" : message : importRow(message);
    }

    /** An import row's message in the desk's words when it is one of the import's stable phrases, else as written. */
    static String importRow(String message) {
        return worded(IMPORT_ROWS, message);
    }

    private static String worded(List<IssuePhrase> phrases, String said) {
        if (said == null) {
            return "";
        }
        for (IssuePhrase known : phrases) {
            Matcher m = known.phrase().matcher(said);
            if (m.matches()) {
                Integer text = m.namedGroups().get("text");
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = m.group(i + 1);
                    boolean number = (text == null || text != i + 1) && !group.isEmpty() && group.length() <= 18 && group.chars().allMatch(Character::isDigit);
                    args[i] = number ? (Object) Long.parseLong(group) : group;
                }
                return Messages.text(known.key(), args);
            }
        }
        return said;
    }
}
