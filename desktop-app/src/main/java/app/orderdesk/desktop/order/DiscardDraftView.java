package app.orderdesk.desktop.order;

import app.orderdesk.desktop.ui.Messages;
import javafx.stage.Window;

/**
 * The "Discard this order?" question, a view: asks before an order being typed is thrown away. A new draft (Ctrl+N
 * from any tab, New order), sign-out, closing the window or Ctrl+Q dropped lines and customer without a word (audit,
 * session 33). Keeping the order is the default (Enter, Esc); discarding is a deliberate second button. A draft with
 * nothing typed, or one already sent or queued, asks nothing.
 */
public final class DiscardDraftView {

    /** What discarding leads to: the discard button names it. */
    public enum Then {
        NEW_ORDER("order.discard.forNew"), SIGN_OUT("order.discard.forSignOut"), CLOSE("order.discard.forClose");

        private final String key;

        Then(String key) {
            this.key = key;
        }
    }

    private DiscardDraftView() {}

    /** True when {@code then} may go ahead: nothing unsent is typed, or the person chose to discard it. */
    public static boolean allows(OrderDraftViewModel draft, Then then, Window owner) {
        return allows(draft != null && draft.hasUnsentWork(), then, owner);
    }

    /** The same for an order held elsewhere (one carried over to the next sign-in): asks when {@code unsentWork}. */
    public static boolean allows(boolean unsentWork, Then then, Window owner) {
        return !unsentWork || app.orderdesk.desktop.ui.KeepOrDropView.dropChosen(owner,
                "order.discard", Messages.text(then.key), "discardDraftKeepButton", "discardDraftButton");
    }
}
