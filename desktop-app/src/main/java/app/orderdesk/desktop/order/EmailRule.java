package app.orderdesk.desktop.order;

import java.util.regex.Pattern;

/** A deliberately loose email check for typing feedback; the server has the final word. */
public final class EmailRule {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailRule() {}

    public static boolean isValid(String email) {
        return email != null && SHAPE.matcher(email.strip()).matches();
    }
}
