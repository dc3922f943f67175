package app.orderdesk.localcloud.iam.enforcer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A function's identity-based policy, resolved to local ARNs: who it is (the assumed-role ARN AWS
 * names in its errors) and its statements. Evaluated as IAM does: an explicit Deny wins, then any
 * Allow, else the implicit deny. Actions match case-insensitively, resources case-sensitively;
 * {@code *} and {@code ?} are wildcards in both.
 */
public record IamPolicy(String principalArn, String account, List<Statement> statements) {

    public IamPolicy {
        statements = List.copyOf(statements);
    }

    /** One statement: Allow or Deny, its actions and resources (Condition is not supported locally). */
    public record Statement(boolean allow, List<String> actions, List<String> resources) {
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }

        boolean matches(String action, String resource) {
            return actions.stream().anyMatch(a -> wildcard(a, true).matcher(action).matches())
                    && resources.stream().anyMatch(r -> wildcard(r, false).matcher(resource).matches());
        }
    }

    public enum Decision { ALLOWED, IMPLICIT_DENY, EXPLICIT_DENY }

    public Decision evaluate(String action, String resource) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.matches(action, resource)) {
                if (!statement.allow()) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOWED : Decision.IMPLICIT_DENY;
    }

    /** The message AWS gives for a denied call. */
    public String denialMessage(String action, String resource, Decision decision) {
        String why = decision == Decision.EXPLICIT_DENY
                ? "with an explicit deny in an identity-based policy"
                : "because no identity-based policy allows the " + action + " action";
        return "User: " + principalArn + " is not authorized to perform: " + action + " on resource: " + resource + " " + why;
    }

    private static Pattern wildcard(String glob, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    // ---------- the file the local cloud writes for each function (line based: no JSON library needed here) ----------

    /**
     * <pre>
     * principal  arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION
     * account    ACCOUNT
     * statement  Allow|Deny
     * action     dynamodb:GetItem
     * resource   arn:aws:dynamodb:...:table/X
     * </pre>
     * one key and value per line, separated by a tab.
     */
    public String toFileText() {
        StringBuilder out = new StringBuilder("# the function's IAM policy, resolved by the local cloud\n");
        out.append("principal\t").append(principalArn).append('\n');
        out.append("account\t").append(account).append('\n');
        for (Statement statement : statements) {
            out.append("statement\t").append(statement.allow() ? "Allow" : "Deny").append('\n');
            statement.actions().forEach(a -> out.append("action\t").append(a).append('\n'));
            statement.resources().forEach(r -> out.append("resource\t").append(r).append('\n'));
        }
        return out.toString();
    }

    public static IamPolicy parse(Reader text) {
        String principal = null;
        String account = null;
        List<Statement> statements = new ArrayList<>();
        Boolean allow = null;
        List<String> actions = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(text)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException("not a policy line: " + line);
                }
                String key = line.substring(0, tab);
                String value = line.substring(tab + 1);
                switch (key) {
                    case "principal" -> principal = value;
                    case "account" -> account = value;
                    case "statement" -> {
                        if (allow != null) {
                            statements.add(new Statement(allow, actions, resources));
                        }
                        allow = value.toLowerCase(Locale.ROOT).equals("allow");
                        actions = new ArrayList<>();
                        resources = new ArrayList<>();
                    }
                    case "action" -> actions.add(value);
                    case "resource" -> resources.add(value);
                    default -> throw new IllegalArgumentException("unknown policy line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (allow != null) {
            statements.add(new Statement(allow, actions, resources));
        }
        if (principal == null || account == null) {
            throw new IllegalArgumentException("the policy file names no principal or account");
        }
        return new IamPolicy(principal, account, statements);
    }
}
