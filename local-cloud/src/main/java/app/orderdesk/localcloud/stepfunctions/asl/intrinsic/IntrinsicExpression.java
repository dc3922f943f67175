package app.orderdesk.localcloud.stepfunctions.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parsed form of an intrinsic function call and its arguments. */
public sealed interface IntrinsicExpression {

    /** A literal string, number, boolean or null. */
    record Literal(JsonNode value) implements IntrinsicExpression {}

    /**
     * A quoted string literal: {@code text} with every escape resolved, and {@code template} with the
     * escapes of the reserved characters kept ({@code \{}, {@code \}}, {@code \\}), which States.Format needs
     * to tell a literal brace from a placeholder.
     */
    record StringLiteral(String text, String template) implements IntrinsicExpression {}

    /** A reference path, {@code $...} or {@code $$...}. */
    record PathRef(String path) implements IntrinsicExpression {}

    /** A nested call such as {@code States.Array(1, 2)}. */
    record Call(String function, List<IntrinsicExpression> arguments) implements IntrinsicExpression {}
}
