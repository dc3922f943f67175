package app.orderdesk.desktop.payment;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The one secure card field: number, expiry and security code side by side, moving on by themselves
 * as each part is complete. Once the card has a token the parts are emptied at once; what stays on
 * screen is the brand and last four. The parts cannot be copied out and have no context menu.
 */
public final class CardField {

    private final VBox root;
    private final TextField number = new SecureField();
    private final TextField expiry = new SecureField();
    private final TextField cvc = new SecureField();
    private static final double CARD_FIELD_WIDTH = 560;
    private boolean emptying;
    /** The part the field itself just moved the keyboard to, until a key is pressed there or it loses focus. */
    private TextField movedTo;

    public CardField(CardEntryViewModel model) {
        part(number, "cardNumber", "card.number", 23, "[0-9 ]*");
        part(expiry, "cardExpiry", "card.expiry", 5, "[0-9/]*");
        part(cvc, "cardCvc", "card.cvc", 4, "[0-9]*");
        number.setPrefColumnCount(16);
        HBox.setHgrow(number, Priority.ALWAYS);
        expiry.setPrefColumnCount(5);
        cvc.setPrefColumnCount(4);
        takeTheHabitualTabAsTheMoveMade(expiry);
        takeTheHabitualTabAsTheMoveMade(cvc);

        Label brand = new Label();
        brand.setId("cardBrand");
        brand.getStyleClass().add(Styles.HINT_TEXT);
        brand.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        brand.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                number.getText().isBlank() ? "" : model.brandProperty().get().displayName(), model.brandProperty(), number.textProperty()));
        HBox parts = new HBox(6, number, expiry, cvc, brand);
        parts.setAlignment(Pos.CENTER_LEFT);
        parts.getStyleClass().add("od-card-field");

        Label ready = new Label();
        ready.setId("cardSummary");
        ready.getStyleClass().add(Styles.NOTICE_TEXT);
        // Walked at 1024x640 in German: "Visa •••• 0002 — bereit; die Kartendaten wurden nicht gespe…". What the
        // field says about the card is read in full: it wraps to the lines it needs (ADR 0041), as the problem line does.
        ready.setWrapText(true);
        ready.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ready.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.tokenizingProperty().get() ? Messages.text("card.tokenizing")
                        : model.summaryProperty().get().isEmpty() ? "" : Messages.text("card.ready", model.summaryProperty().get()),
                model.summaryProperty(), model.tokenizingProperty()));
        ready.visibleProperty().bind(ready.textProperty().isNotEmpty());
        ready.managedProperty().bind(ready.visibleProperty());
        Label problem = new Label();
        problem.setId("cardProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        root = new VBox(4, parts, ready, problem);
        root.setId("cardField");
        root.setMaxWidth(CARD_FIELD_WIDTH); // about as wide as the customer fields above it

        Runnable changed = () -> {
            if (emptying) {
                return; // the parts are being emptied after tokenising: not a new card
            }
            model.typed(number.getText(), expiry.getText(), cvc.getText());
            moveOn(model);
        };
        number.textProperty().addListener((obs, old, now) -> changed.run());
        expiry.textProperty().addListener((obs, old, now) -> changed.run());
        cvc.textProperty().addListener((obs, old, now) -> changed.run());
        // Tokenised: the details leave the screen at once; only the token and "Visa •••• 4242" stay.
        model.tokenProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                emptying = true;
                try {
                    number.clear();
                    expiry.clear();
                    cvc.clear();
                } finally {
                    emptying = false;
                }
            }
        });
    }

    /** Number complete → expiry; expiry complete → security code: no Tab needed while typing a card. */
    private void moveOn(CardEntryViewModel model) {
        String digits = CardNumbers.digits(number.getText());
        if (number.isFocused() && digits.length() == model.brandProperty().get().usualLength() && CardNumbers.complete(digits)) {
            moveTo(expiry);
        } else if (expiry.isFocused() && CardExpiry.parse(expiry.getText()).isPresent()) {
            moveTo(cvc);
        }
    }

    private void moveTo(TextField part) {
        movedTo = part;
        part.requestFocus();
    }

    /**
     * Many people press Tab after a card number out of habit. The field has already moved on, so that Tab
     * would skip the expiry: the expiry then went into the security code and the code was lost (walked by
     * hand, session 10). The first key pressed in a part the field moved to by itself, if it is Tab and
     * the part is still empty, is taken as the move already made. Shift+Tab and every other key act as usual.
     */
    private void takeTheHabitualTabAsTheMoveMade(TextField part) {
        part.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            boolean habitualTab = key.getCode() == javafx.scene.input.KeyCode.TAB && !key.isShiftDown()
                    && !key.isControlDown() && !key.isAltDown() && !key.isMetaDown();
            if (movedTo == part && habitualTab && part.getText().isEmpty()) {
                key.consume();
            }
            if (movedTo == part && key.getCode() != javafx.scene.input.KeyCode.SHIFT) {
                movedTo = null;
            }
        });
        part.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && movedTo == part) {
                movedTo = null;
            }
        });
    }

    private static void part(TextField field, String id, String key, int maxLength, String allowed) {
        field.setId(id);
        field.setPromptText(Messages.text(key + ".prompt"));
        field.setAccessibleText(Messages.text(key));
        field.setAccessibleHelp(Messages.text(key + ".help"));
        field.setTooltip(new Tooltip(Messages.text(key + ".help")));
        UnaryOperator<TextFormatter.Change> filter = change ->
                change.getControlNewText().length() <= maxLength && change.getControlNewText().matches(allowed) ? change : null;
        field.setTextFormatter(new TextFormatter<>(filter));
        field.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ContextMenuEvent::consume);
    }

    /** Puts the keyboard in the card number. */
    public void focus() {
        number.requestFocus();
    }

    public Node root() {
        return root;
    }

    /** A text field whose content cannot be copied or cut out (card details stay in the field). */
    private static final class SecureField extends TextField {
        @Override
        public void copy() {
            // nothing leaves a card field through the clipboard
        }

        @Override
        public void cut() {
            // nothing leaves a card field through the clipboard
        }
    }
}
