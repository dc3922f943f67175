package app.orderdesk.desktop.order;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.desktop.ui.Messages;

/** How a customer paid on delivery, in the desk's language: "Cash", "Bank transfer"… (ADR 0071). */
public final class CollectionMethodWords {

    private CollectionMethodWords() {}

    public static String of(CollectionMethod method) {
        return method == null ? "" : Messages.text("collection." + method.name());
    }
}
