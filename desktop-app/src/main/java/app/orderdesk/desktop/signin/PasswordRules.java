package app.orderdesk.desktop.signin;

import app.orderdesk.desktop.ui.Messages;
import java.util.List;
import java.util.function.Predicate;

/**
 * The user pool's password policy (infra/template.yaml, UserPool.Policies.PasswordPolicy), so the
 * new-password screen can show it and check it as people type. PasswordRulesTest compares these with
 * the template; Cognito (the local one too) enforces the same policy.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;

    /** One rule: its words and its check. */
    public record Rule(String key, Predicate<String> check) {
        public String text() {
            return Messages.text(key, MINIMUM_LENGTH);
        }

        public boolean metBy(String password) {
            return check.test(password == null ? "" : password);
        }
    }

    public static final List<Rule> RULES = List.of(
            new Rule("password.rule.length", p -> p.codePointCount(0, p.length()) >= MINIMUM_LENGTH),
            new Rule("password.rule.lower", p -> p.chars().anyMatch(Character::isLowerCase)),
            new Rule("password.rule.upper", p -> p.chars().anyMatch(Character::isUpperCase)),
            new Rule("password.rule.digit", p -> p.chars().anyMatch(c -> c >= '0' && c <= '9')));

    private PasswordRules() {}

    /** True when {@code password} meets every rule. */
    public static boolean allMet(String password) {
        return RULES.stream().allMatch(rule -> rule.metBy(password));
    }
}
