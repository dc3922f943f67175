package app.orderdesk.backend.fakes;

import app.orderdesk.backend.domain.Product;
import app.orderdesk.backend.port.IdempotencyStore;
import app.orderdesk.backend.port.IdempotencyStoreContract;
import app.orderdesk.backend.port.InventoryRepository;
import app.orderdesk.backend.port.InventoryRepositoryContract;
import app.orderdesk.backend.port.Mailer;
import app.orderdesk.backend.port.MailerContract;
import app.orderdesk.backend.port.OrderNumberAllocator;
import app.orderdesk.backend.port.OrderNumberAllocatorContract;
import app.orderdesk.backend.port.OrderRepository;
import app.orderdesk.backend.port.OrderRepositoryContract;
import app.orderdesk.backend.port.ReceiptStore;
import app.orderdesk.backend.port.ReceiptStoreContract;
import app.orderdesk.backend.port.StockMovementRepository;
import app.orderdesk.backend.port.StockMovementRepositoryContract;
import app.orderdesk.backend.port.StockLedger;
import app.orderdesk.backend.port.StockLedgerContract;
import app.orderdesk.backend.port.WorkflowStarter;
import app.orderdesk.backend.port.WorkflowStarterContract;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The in-memory fakes the use-case tests rely on, held to the same port contracts as the real
 * adapters (which local-cloud's {@code AdaptersHonourThePortContractsTest} runs on the emulators).
 */
class FakesHonourThePortContractsTest {

    @Nested
    class PushSubscriptions extends app.orderdesk.backend.port.PushConnectionsContract {
        private final InMemoryPushConnections connections = new InMemoryPushConnections();

        @Override
        protected app.orderdesk.backend.port.PushConnections connections() {
            return connections;
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract {
        private final Fakes.Idempotency store = new Fakes.Idempotency();

        @Override
        protected IdempotencyStore store() {
            return store;
        }
    }

    @Nested
    class Counter extends OrderNumberAllocatorContract {
        private final Fakes.Counter counter = new Fakes.Counter();

        @Override
        protected OrderNumberAllocator allocator() {
            return counter;
        }
    }

    @Nested
    class Movements extends StockMovementRepositoryContract {
        private final Fakes.Movements movements = new Fakes.Movements();

        @Override
        protected StockMovementRepository movements() {
            return movements;
        }
    }

    @Nested
    class Receipts extends ReceiptStoreContract {
        private final Fakes.Receipts receipts = new Fakes.Receipts();

        @Override
        protected ReceiptStore receipts() {
            return receipts;
        }
    }

    @Nested
    class Outbox extends MailerContract {
        private final Fakes.Outbox outbox = new Fakes.Outbox();

        @Override
        protected Mailer mailer() {
            return outbox;
        }

        @Override
        protected List<Mailer.Email> deliveredTo(String address) {
            return outbox.sent.stream().filter(e -> e.to().equals(address)).toList();
        }
    }

    @Nested
    class Catalog extends app.orderdesk.backend.port.ProductCatalogContract {
        private final InMemoryInventory inventory = new InMemoryInventory();

        @Override
        protected app.orderdesk.backend.port.ProductCatalog catalog() {
            return inventory;
        }

        @Override
        protected InventoryRepository inventory() {
            return inventory;
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.with(product, available);
        }
    }

    @Nested
    class Inventory extends InventoryRepositoryContract {
        private final InMemoryInventory inventory = new InMemoryInventory();

        @Override
        protected InventoryRepository inventory() {
            return inventory;
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.with(product, available);
        }
    }

    /** h-p: the products and the settings, from the two in-memory ports. */
    @Nested
    class Prices extends app.orderdesk.backend.port.PriceListContract {
        private final InMemoryInventory inventory = new InMemoryInventory();
        private final Fakes.Settings settings = new Fakes.Settings(app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected app.orderdesk.backend.port.PriceList prices() {
            return app.orderdesk.backend.port.PriceList.of(inventory, settings);
        }

        @Override
        protected void seed(Product product) {
            inventory.with(product, 1);
        }

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }
    }

    @Nested
    class Orders extends OrderRepositoryContract {
        private final InMemoryOrderRepository orders = new InMemoryOrderRepository();

        @Override
        protected OrderRepository orders() {
            return orders;
        }
    }

    @Nested
    class Search extends app.orderdesk.backend.port.OrderSearchContract {
        private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
        private final InMemoryOrderSearch search = new InMemoryOrderSearch(orders);

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.OrderSearch search() {
            return search;
        }
    }

    @Nested
    class Holds extends app.orderdesk.backend.port.RetryHoldsContract {
        private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
        private final InMemoryRetryHolds holds = new InMemoryRetryHolds(orders);

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.RetryHolds holds() {
            return holds;
        }
    }

    @Nested
    class Ledger extends StockLedgerContract {
        private final InMemoryInventory inventory = new InMemoryInventory();

        @Override
        protected StockLedger ledger() {
            return inventory;
        }

        @Override
        protected void seed(Product product, long available) {
            inventory.with(product, available);
        }

        @Override
        protected long available(String productId) {
            return inventory.level(productId).available();
        }
    }

    @Nested
    class DailyTotals extends app.orderdesk.backend.port.DailyTotalsStoreContract {
        private final InMemoryDailyTotals totals = new InMemoryDailyTotals();

        @Override
        protected app.orderdesk.backend.port.DailyTotalsStore totals() {
            return totals;
        }
    }

    @Nested
    class Starter extends WorkflowStarterContract {
        private final Fakes.Workflow workflow = new Fakes.Workflow();

        @Override
        protected WorkflowStarter starter() {
            return workflow;
        }

        @Override
        protected long executions(String orderId) {
            return workflow.executions(orderId);
        }
    }

    @Nested
    class ReceiptSourcesSeparately extends app.orderdesk.backend.port.ReceiptSourcesContract {
        private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
        private final Fakes.Settings settings = new Fakes.Settings(app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected app.orderdesk.backend.port.OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }

        @Override
        protected app.orderdesk.backend.port.ReceiptSources sources() {
            return app.orderdesk.backend.port.ReceiptSources.separately(orders, settings::current);
        }
    }

    @Nested
    class StoreSettingsRecord extends app.orderdesk.backend.port.StoreSettingsRepositoryContract {
        private final Fakes.Settings settings = new Fakes.Settings(app.orderdesk.backend.port.StoreSettingsRepositoryContract.STORE_ZONE);

        @Override
        protected app.orderdesk.backend.port.StoreSettingsRepository settings() {
            return settings;
        }
    }

    @Nested
    class Customers extends app.orderdesk.backend.port.CustomerDirectoryContract {
        private final InMemoryCustomers customers = new InMemoryCustomers();

        @Override
        protected app.orderdesk.backend.port.CustomerDirectory customers() {
            return customers;
        }
    }

    @Nested
    class Stalled extends app.orderdesk.backend.port.StalledOrdersContract {
        private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
        private final InMemoryRetryHolds holds = new InMemoryRetryHolds(orders);

        @Override
        protected OrderRepository orders() {
            return orders;
        }

        @Override
        protected app.orderdesk.backend.port.RetryHolds holds() {
            return holds;
        }

        @Override
        protected app.orderdesk.backend.port.StalledOrders stalled() {
            return new InMemoryStalledOrders(orders, holds);
        }
    }

    /** The decorator every function's orders go through (live updates) keeps the whole contract too. */
    @Nested
    class AnnouncedOrders extends OrderRepositoryContract {
        private final OrderRepository orders = new app.orderdesk.backend.adapter.sns.NotifyingOrderRepository(
                new InMemoryOrderRepository(), app.orderdesk.backend.port.ChangeEvents.none());

        @Override
        protected OrderRepository orders() {
            return orders;
        }
    }
}
