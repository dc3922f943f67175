package app.orderdesk.backend.usecase;

import app.orderdesk.api.InventoryItemView;
import app.orderdesk.backend.errors.NotFoundException;
import app.orderdesk.backend.port.InventoryRepository;

/** GET /inventory/{id}: one product with its stock. */
public final class GetInventoryItem {

    private final InventoryRepository inventory;

    public GetInventoryItem(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    public InventoryItemView execute(String productId) {
        String id = ProductIds.require(productId);
        return inventory.find(id).map(ListInventory::toView)
                .orElseThrow(() -> new NotFoundException("NOT_FOUND", "No product with id " + id));
    }
}
