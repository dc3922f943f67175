package app.orderdesk.localcloud.stepfunctions.asl.intrinsic;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.Call;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.Literal;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.PathRef;
import app.orderdesk.localcloud.stepfunctions.asl.intrinsic.IntrinsicExpression.StringLiteral;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for intrinsic function calls ({@code States.Format('{}', $.x)}). */
public final class IntrinsicParser {

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** True when the text looks like an intrinsic call rather than a path. */
    public static boolean isIntrinsic(String text) {
        return text != null && text.startsWith("States.") && text.contains("(");
    }

    public static Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text.trim());
        Call call = parser.call();
        parser.skipSpaces();
        if (parser.pos != parser.text.length()) {
            throw parser.error("unexpected trailing text");
        }
        return call;
    }

    private Call call() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        expect('(');
        List<IntrinsicExpression> args = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
            return new Call(name, args);
        }
        while (true) {
            args.add(argument());
            skipSpaces();
            char c = peek();
            pos++;
            if (c == ')') {
                return new Call(name, args);
            }
            if (c != ',') {
                throw error("expected , or )");
            }
        }
    }

    private IntrinsicExpression argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return new PathRef(path());
        }
        if (text.startsWith("States.", pos)) {
            return call();
        }
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
            pos++;
        }
        String token = text.substring(start, pos).trim();
        return switch (token) {
            case "true" -> new Literal(Json.MAPPER.getNodeFactory().booleanNode(true));
            case "false" -> new Literal(Json.MAPPER.getNodeFactory().booleanNode(false));
            case "null" -> new Literal(Json.MAPPER.getNodeFactory().nullNode());
            default -> new Literal(number(token));
        };
    }

    private com.fasterxml.jackson.databind.JsonNode number(String token) {
        try {
            BigDecimal value = new BigDecimal(token);
            if (value.scale() <= 0 && !token.contains(".")) {
                java.math.BigInteger integer = value.toBigIntegerExact();
                return integer.bitLength() < 32
                        ? Json.MAPPER.getNodeFactory().numberNode(integer.intValue())
                        : Json.MAPPER.getNodeFactory().numberNode(integer);
            }
            return Json.MAPPER.getNodeFactory().numberNode(value);
        } catch (NumberFormatException | ArithmeticException e) {
            throw error("invalid argument '" + token + "'");
        }
    }

    /** A quoted literal; a backslash escapes the next character (AWS reserves ' { } and \\). */
    private StringLiteral string() {
        pos++;
        StringBuilder value = new StringBuilder();
        StringBuilder template = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char escaped = text.charAt(pos++);
                value.append(escaped);
                if (escaped == '{' || escaped == '}' || escaped == '\\') {
                    template.append('\\');
                }
                template.append(escaped);
            } else if (c == '\'') {
                return new StringLiteral(value.toString(), template.toString());
            } else {
                value.append(c);
                template.append(c == '\\' ? "\\\\" : String.valueOf(c));
            }
        }
        throw error("unterminated string");
    }

    /** A path runs to the next top-level comma or closing parenthesis; brackets and quotes nest. */
    private String path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || (c == ')' && depth > 0)) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos).trim();
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("Invalid intrinsic function '" + text + "': " + message + " at " + pos);
    }
}
