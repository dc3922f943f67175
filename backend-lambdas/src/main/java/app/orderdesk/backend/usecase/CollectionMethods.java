package app.orderdesk.backend.usecase;

import app.orderdesk.api.CollectionMethod;
import app.orderdesk.backend.domain.PaymentReceipt;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ADR 0071: the one mapping between the API's {@link CollectionMethod} and the domain's {@link PaymentReceipt.Method}.
 * Exhaustive switches both ways: a constant added on either side does not compile until it is mapped.
 */
final class CollectionMethods {

    private CollectionMethods() {}

    static CollectionMethod toApi(PaymentReceipt.Method method) {
        return switch (method) {
            case CASH -> CollectionMethod.CASH;
            case BANK_TRANSFER -> CollectionMethod.BANK_TRANSFER;
            case CARD_ON_DELIVERY -> CollectionMethod.CARD_ON_DELIVERY;
            case OTHER -> CollectionMethod.OTHER;
        };
    }

    static PaymentReceipt.Method toDomain(CollectionMethod method) {
        return switch (method) {
            case CASH -> PaymentReceipt.Method.CASH;
            case BANK_TRANSFER -> PaymentReceipt.Method.BANK_TRANSFER;
            case CARD_ON_DELIVERY -> PaymentReceipt.Method.CARD_ON_DELIVERY;
            case OTHER -> PaymentReceipt.Method.OTHER;
        };
    }

    /** The API's method named exactly {@code name} (no case folding, as other enum members of requests). */
    static Optional<PaymentReceipt.Method> parse(String name) {
        return Arrays.stream(CollectionMethod.values()).filter(m -> m.name().equals(name)).findFirst().map(CollectionMethods::toDomain);
    }

    /** "CASH, BANK_TRANSFER, CARD_ON_DELIVERY, OTHER", for the message that names the allowed values. */
    static String allowed() {
        return Arrays.stream(CollectionMethod.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
