package app.orderdesk.backend.usecase;

import app.orderdesk.api.Page;
import app.orderdesk.api.StockMovementView;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.domain.StockMovement;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.errors.ValidationFailedException;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.port.StockMovementRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GET /inventory/{id}/adjustments: the product's movements (sales and adjustments), newest first.
 * The first page also shows movements still parked on the product's item (see {@link AdjustStock}),
 * so a count change is never shown without its reason.
 */
public final class ListStockMovements {

    private final InventoryRepository inventory;
    private final StockMovementRepository movements;
    private final StockLedger ledger;

    public ListStockMovements(InventoryRepository inventory, StockMovementRepository movements, StockLedger ledger) {
        this.inventory = inventory;
        this.movements = movements;
        this.ledger = ledger;
    }

    public Page<StockMovementView> execute(String productId, String limit, String nextToken) {
        String id = ProductIds.require(productId);
        List<FieldIssue> issues = new ArrayList<>();
        int max = Paging.limit(limit, issues);
        String startAfter = Paging.decode(nextToken, issues);
        if (!issues.isEmpty()) {
            throw new ValidationFailedException(issues);
        }
        if (inventory.find(id).isEmpty()) {
            throw new NotFoundException("NOT_FOUND", "No product with id " + id);
        }
        var slice = movements.list(id, max, startAfter);
        List<StockMovement> items = new ArrayList<>(slice.items());
        if (startAfter == null) {
            Set<String> listed = new HashSet<>();
            items.forEach(m -> listed.add(m.movementId()));
            ledger.pending(id).stream().filter(m -> !listed.contains(m.movementId())).forEach(items::add);
            items.sort(Comparator.comparing(StockMovement::movementId).reversed());
        }
        return new Page<>(items.stream().map(MovementViews::toView).toList(), Paging.encode(slice.lastMovementId()));
    }
}
