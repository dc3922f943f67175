package app.orderdesk.desktop.order;

import app.orderdesk.api.ApiError;
import app.orderdesk.desktop.client.ApiException;

/**
 * Where the keyboard goes when the server refuses a send outright (a 4xx or 5xx answer, not a decline: a declined
 * order reopens as a draft and goes to the card or the product field). While the order was sent its fields were
 * disabled, so the keyboard had fallen to "New order", one Enter from throwing the typed order away. It goes to the
 * field the server named, else back to Submit, where one key sends the same draft again.
 */
enum RefusedSendFocus {
    EMAIL, NAME, PHONE, LINES, CARD, SUBMIT;

    static RefusedSendFocus of(Throwable failure, PaymentOption payment) {
        String field = firstField(failure);
        if (field.startsWith("customer.email")) {
            return EMAIL;
        }
        if (field.startsWith("customer.name")) {
            return NAME;
        }
        if (field.startsWith("customer.phone")) {
            return PHONE;
        }
        if (field.startsWith("lines")) {
            return LINES;
        }
        if (field.startsWith("paymentToken") && payment == PaymentOption.CARD) {
            return CARD;
        }
        return SUBMIT;
    }

    private static String firstField(Throwable failure) {
        if (failure instanceof ApiException api) {
            ApiError error = api.error();
            if (error != null && error.details() != null && !error.details().isEmpty() && error.details().getFirst().field() != null) {
                return error.details().getFirst().field();
            }
        }
        return "";
    }
}
