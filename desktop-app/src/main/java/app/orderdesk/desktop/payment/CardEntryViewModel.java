package app.orderdesk.desktop.payment;

import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.ui.Messages;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The virtual terminal's card field: checks number (Luhn, brand), expiry and security code as they
 * are typed and, once all three are complete, turns them into a token through the {@link CardTokenizer}
 * at once. It keeps only the token and what may be shown (brand, last four): the card details pass
 * through {@link #typed} and are never held in a property, logged or sent to our API.
 */
public final class CardEntryViewModel {

    private final CardTokenizer tokenizer;
    private final BackgroundExecutor executor;
    private final Supplier<YearMonth> thisMonth;
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CardBrand> brand = new ReadOnlyObjectWrapper<>(CardBrand.UNKNOWN);
    private final ReadOnlyBooleanWrapper tokenizing = new ReadOnlyBooleanWrapper(false);
    private long attempt;

    public CardEntryViewModel(CardTokenizer tokenizer, BackgroundExecutor executor, Supplier<YearMonth> thisMonth) {
        this.tokenizer = tokenizer;
        this.executor = executor;
        this.thisMonth = thisMonth;
    }

    /**
     * What the three parts of the field hold now. Says what is wrong with a part once it is finished,
     * and tokenises as soon as all three are right.
     */
    public void typed(String numberText, String expiryText, String cvcText) {
        String digits = CardNumbers.digits(numberText);
        String cvc = CardNumbers.digits(cvcText);
        if (digits.isEmpty() && expiryText.isBlank() && cvc.isEmpty()) {
            problem.set("");
            return; // emptied after tokenising, or never used: the token (if any) stays
        }
        if (!token.get().isEmpty()) {
            clear(); // typing again means another card
        }
        CardBrand detected = CardBrand.of(digits);
        brand.set(detected);
        // At the brand's usual length a wrong check digit is said at once (a rare longer card clears it again).
        boolean numberFinished = digits.length() >= detected.usualLength() || CardNumbers.complete(digits)
                || !expiryText.isBlank() || !cvc.isEmpty();
        Optional<YearMonth> expiry = CardExpiry.parse(expiryText);
        boolean expiryFinished = CardNumbers.digits(expiryText).length() >= 4;
        boolean cvcFinished = cvc.length() >= detected.cvcLength();

        String issue = "";
        if (numberFinished && !CardNumbers.complete(digits)) {
            issue = Messages.text("card.number.invalid");
        } else if (expiryFinished && expiry.isEmpty()) {
            issue = Messages.text("card.expiry.invalid");
        } else if (expiryFinished && !CardExpiry.notExpired(expiry.get(), thisMonth.get())) {
            issue = Messages.text("card.expiry.past");
        } else if (cvc.length() > detected.cvcLength()) {
            issue = Messages.text("card.cvc.invalid", detected.cvcLength());
        }
        problem.set(issue);
        if (issue.isEmpty() && CardNumbers.complete(digits) && expiry.isPresent() && cvcFinished) {
            tokenize(digits, expiry.get(), cvc);
        }
    }

    private void tokenize(String digits, YearMonth expiry, String cvc) {
        long mine = ++attempt;
        tokenizing.set(true);
        executor.submit(() -> tokenizer.tokenize(digits, expiry, cvc), result -> {
            if (mine != attempt) {
                return; // a newer card was typed meanwhile
            }
            tokenizing.set(false);
            switch (result) {
                case CardTokenizer.Token t -> {
                    token.set(t.token());
                    summary.set(Messages.text("card.summary", t.brand(), t.lastFour()));
                    problem.set("");
                }
                case CardTokenizer.Refused r -> problem.set(r.reason());
            }
        }, failure -> {
            if (mine == attempt) {
                tokenizing.set(false);
                problem.set(Messages.text("card.tokenizeFailed"));
            }
        });
    }

    /** Forgets the token (a new order, or a decline: the next card gets a token of its own). */
    public void clear() {
        attempt++;
        token.set("");
        summary.set("");
        problem.set("");
        tokenizing.set(false);
        brand.set(CardBrand.UNKNOWN);
    }

    /** The provider's token for the card entered; empty until one is ready. */
    public ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    /** "Visa •••• 4242": what the screen may show of the card behind the token. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is wrong with the card as typed; empty when nothing is (yet). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardBrand> brandProperty() {
        return brand.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tokenizingProperty() {
        return tokenizing.getReadOnlyProperty();
    }
}
