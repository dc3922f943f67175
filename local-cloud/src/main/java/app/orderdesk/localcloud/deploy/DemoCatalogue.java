package app.orderdesk.localcloud.deploy;

import app.orderdesk.backend.adapter.dynamodb.DynamoDbInventoryRepository;
import app.orderdesk.backend.domain.Money;
import app.orderdesk.backend.domain.Product;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;

/**
 * The demo store's catalogue (a kitchen and coffee shop), written through the backend's own
 * repository so the item schema lives in one place. One product is sold out and a few are low.
 */
public final class DemoCatalogue {

    /** One demo product with its opening stock. */
    public record DemoProduct(String productId, String sku, String name, long priceCents, long stock, long lowStockThreshold) {

        /** h-p: coffee, tea, snacks and syrups are "food" (a store may tax food at its own rate); the rest has no category. */
        public String category() {
            return sku.matches("^(COF|TEA|SNK|SYR)-.*") ? "food" : null;
        }
    }

    public static final List<DemoProduct> PRODUCTS = List.of(
            p("p-1001", "COF-ESP-1KG", "Espresso Beans Dark Roast 1 kg", 2490, 120, 20),
            p("p-1002", "COF-HOU-500", "House Blend Coffee 500 g", 1390, 200, 25),
            p("p-1003", "COF-DEC-250", "Decaf Colombia 250 g", 890, 8, 10),
            p("p-1004", "COF-ETH-250", "Ethiopia Yirgacheffe 250 g", 1150, 60, 10),
            p("p-1005", "TEA-EGR-100", "Earl Grey Loose Leaf 100 g", 690, 90, 15),
            p("p-1006", "TEA-SEN-100", "Sencha Green Tea 100 g", 790, 0, 10),
            p("p-1007", "TEA-CHA-200", "Masala Chai Blend 200 g", 850, 45, 10),
            p("p-1008", "BRW-FP-1L", "French Press 1 L, Borosilicate", 3490, 35, 5),
            p("p-1009", "BRW-PO-02", "Pour-Over Dripper Size 02, Ceramic", 2290, 4, 5),
            p("p-1010", "BRW-FLT-100", "Paper Filters Size 02 (100 pcs)", 490, 300, 40),
            p("p-1011", "BRW-MOKA-6", "Stovetop Moka Pot, 6 Cups", 3990, 22, 5),
            p("p-1012", "BRW-KTL-GN", "Gooseneck Kettle 0.9 L", 5990, 14, 3),
            p("p-1013", "GRD-BUR-MAN", "Manual Burr Grinder", 4490, 18, 4),
            p("p-1014", "GRD-BUR-ELC", "Electric Burr Grinder, 40 Settings", 12900, 2, 3),
            p("p-1015", "ACC-SCL-01", "Coffee Scale with Timer", 2990, 40, 6),
            p("p-1016", "ACC-TMP-58", "Espresso Tamper 58 mm", 2490, 25, 5),
            p("p-1017", "ACC-MLK-600", "Stainless Milk Jug 600 ml", 1790, 33, 6),
            p("p-1018", "ACC-CAN-1L", "Airtight Coffee Canister 1 L", 1990, 28, 5),
            p("p-1019", "CUP-ESP-SET4", "Espresso Cups, Set of 4", 2190, 16, 4),
            p("p-1020", "CUP-MUG-350", "Stoneware Mug 350 ml, Slate", 1290, 75, 12),
            p("p-1021", "CUP-TRV-450", "Insulated Travel Mug 450 ml", 2490, 3, 6),
            p("p-1022", "CUP-GLS-300", "Double-Wall Glass 300 ml (2 pcs)", 1890, 48, 8),
            p("p-1023", "SNK-BIS-200", "Almond Biscotti 200 g", 590, 110, 20),
            p("p-1024", "SNK-CHO-100", "Dark Chocolate 70% 100 g", 350, 150, 25),
            p("p-1025", "SYR-VAN-750", "Vanilla Syrup 750 ml", 990, 36, 8),
            p("p-1026", "SYR-CAR-750", "Caramel Syrup 750 ml", 990, 31, 8),
            p("p-1027", "CLN-DSC-120", "Espresso Machine Cleaning Tablets (120)", 1490, 52, 10),
            p("p-1028", "CLN-DSC-1L", "Descaler Liquid 1 L", 1290, 44, 8),
            p("p-1029", "GFT-CRD-25", "Gift Card 25.00", 2500, 500, 50),
            p("p-1030", "GFT-BOX-TAST", "Tasting Gift Box, 4 Origins", 3990, 12, 4));

    private DemoCatalogue() {}

    /** Writes every product with its opening stock (an upsert, so re-seeding resets stock). */
    public static void seed(DynamoDbClient dynamoDb, String inventoryTable) {
        DynamoDbInventoryRepository repository = new DynamoDbInventoryRepository(dynamoDb, inventoryTable);
        for (DemoProduct d : PRODUCTS) {
            repository.upsertProduct(new Product(d.productId(), d.sku(), d.name(), Money.ofCents(d.priceCents()), d.lowStockThreshold(),
                    d.category()), d.stock());
        }
    }

    private static DemoProduct p(String id, String sku, String name, long cents, long stock, long threshold) {
        return new DemoProduct(id, sku, name, cents, stock, threshold);
    }
}
