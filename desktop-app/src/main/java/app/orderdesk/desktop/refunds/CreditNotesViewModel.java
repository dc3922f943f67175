package app.orderdesk.desktop.refunds;

import app.orderdesk.api.OrderView;
import app.orderdesk.api.RefundView;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.ErrorMessages;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.order.Money;
import app.orderdesk.desktop.order.StoreDates;
import app.orderdesk.desktop.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The credit notes of the order on screen (one per refund), each of which can be saved as a PDF. */
public final class CreditNotesViewModel {


    private final ApiClient api;
    private final BackgroundExecutor executor;
    private final ObservableList<RefundView> refunds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String orderId;

    public CreditNotesViewModel(ApiClient api, BackgroundExecutor executor, ReadOnlyObjectProperty<OrderView> order) {
        this.api = api;
        this.executor = executor;
        order.addListener((obs, old, now) -> show(now));
        show(order.get());
    }

    private void show(OrderView order) {
        String shown = order == null ? null : order.orderId();
        if (shown == null || !shown.equals(orderId)) {
            message.set("");
        }
        orderId = shown;
        refunds.setAll(order == null ? List.of() : order.refunds());
    }

    /** How a refund reads in the list, e.g. {@code 2026-11-28 21:40 · $10.00 · 1 × Mug (back to stock) · refunded}. */
    public static String describe(RefundView refund) {
        StringBuilder text = new StringBuilder(StoreDates.dateTime(refund.createdAt()))
                .append(" · ").append(Money.format(refund.amountCents(), refund.currency())).append(" · ");
        refund.lines().forEach(l -> text.append(l.quantity()).append(" × ").append(l.name())
                .append(" (").append(Messages.text(l.restock() ? "refund.line.restocked" : "refund.line.notRestocked")).append("), "));
        text.setLength(text.length() - 2);
        text.append(" · ").append(Messages.textOr("refund.state." + refund.state(), refund.state().toLowerCase(java.util.Locale.ROOT)));
        if (refund.followUp() != null && !refund.followUp().isBlank()) {
            text.append(" · ").append(refund.followUp());
        }
        return text.toString();
    }

    /** Downloads the refund's credit note and writes it to {@code file}. */
    public void save(RefundView refund, Path file) {
        String id = orderId;
        if (id == null || refund == null || !refund.creditNoteAvailable()) {
            message.set(Messages.text("creditNote.none"));
            return;
        }
        message.set(Messages.text("creditNote.saving"));
        executor.submit(() -> {
            byte[] pdf = api.download(api.creditNoteLink(id, refund.refundId()).url());
            Files.write(file, pdf);
            return file;
        }, saved -> message.set(Messages.text("creditNote.saved", saved.toAbsolutePath())), failure -> message.set(ErrorMessages.describe(failure)));
    }

    public ObservableList<RefundView> refunds() {
        return refunds;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
