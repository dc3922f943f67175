package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.StoreSettings;
import app.orderdesk.backend.entrypoint.api.SaveProductHandler;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.fakes.World;
import app.orderdesk.backend.port.ChangeEvents;
import app.orderdesk.backend.usecase.SaveProduct;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** h-x: POST /inventory and PUT /inventory/{id} through the handler: managers only, bad input a 4xx naming the field. */
class SaveProductHandlerTest {

    private final World world = new World();
    private final SaveProductHandler handler;

    SaveProductHandlerTest() {
        world.settings.save(new StoreSettings("S", "", "", "", "", 1900, "EUR", "de-DE", "UTC", "", null, null, null, Map.of("food", 700)));
        handler = new SaveProductHandler(new SaveProduct(world.inventory, world.settings, ChangeEvents.none(), Fakes.clock()));
    }

    private static ObjectNode create(String body) {
        ObjectNode event = load("adjust-stock.json"); // a manager's request
        event.put("resource", "/inventory").put("path", "/inventory").put("httpMethod", "POST").put("body", body);
        event.remove("pathParameters");
        return event;
    }

    private static ObjectNode edit(String id, String body) {
        ObjectNode event = load("adjust-stock.json");
        event.put("resource", "/inventory/{id}").put("path", "/inventory/" + id).put("httpMethod", "PUT").put("body", body);
        event.putObject("pathParameters").put("id", id);
        return event;
    }

    private static ObjectNode asStaff(ObjectNode event) {
        ((ObjectNode) event.path("requestContext").path("authorizer").path("claims")).put("cognito:groups", "[staff]");
        return event;
    }

    @Test
    void aManagerCreatesAProductAnswered201() {
        JsonNode response = invoke(handler, create("{\"sku\":\"BEAN-01\",\"name\":\"Beans\",\"priceCents\":1990,\"category\":\"food\"}"));

        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(201);
        assertThat(body(response).path("productId").asText()).isEqualTo("sku-bean-01");
        assertThat(body(response).path("version").asLong()).isEqualTo(1);
        assertThat(body(response).path("category").asText()).isEqualTo("food");
    }

    @Test
    void staffAreRefused403AndNothingIsWritten() {
        JsonNode response = invoke(handler, asStaff(create("{\"sku\":\"BEAN-01\",\"name\":\"Beans\",\"priceCents\":1990}")));

        assertThat(response.get("statusCode").asInt()).isEqualTo(403);
        assertThat(world.inventory.level("sku-bean-01")).isNull();
        assertThat(invoke(handler, asStaff(edit("p-mug", "{\"name\":\"X\",\"priceCents\":1,\"expectedVersion\":0}")))
                .get("statusCode").asInt()).isEqualTo(403);
        assertThat(world.inventory.level("p-mug").product().name()).isEqualTo("Blue Mug");
    }

    @Test
    void badFieldsAreA400NamingEach() {
        JsonNode response = invoke(handler, create("{\"sku\":\"BEAN-01\",\"name\":\"\",\"priceCents\":-5,\"category\":\"toys\"}"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(response).path("details").findValuesAsText("field")).containsExactlyInAnyOrder("name", "priceCents", "category");
        assertThat(invoke(handler, create("{\"sku\":\"B\",\"name\":\"B\",\"priceCents\":\"12.50\"}")).get("statusCode").asInt())
                .as("a price as text is a wrong type, not a 500").isEqualTo(400);
        assertThat(invoke(handler, create("{\"sku\":\"B\",\"name\":\"B\",\"priceCents\":1,\"stock\":5}")).get("statusCode").asInt())
                .as("an unknown field").isEqualTo(400);
    }

    /** h-b: the low-stock threshold the product dialog sends: saved, and a 400 naming it when it is not a whole number ≥ 0. */
    @Test
    void theLowStockThresholdIsSavedAndABadOneIsA400NamingIt() {
        JsonNode created = invoke(handler, create("{\"sku\":\"BEAN-01\",\"name\":\"Beans\",\"priceCents\":1990,\"lowStockThreshold\":6}"));
        assertThat(created.get("statusCode").asInt()).as(created.toString()).isEqualTo(201);
        assertThat(body(created).path("lowStockThreshold").asLong()).isEqualTo(6);

        for (String bad : new String[] {"-1", "1.5", "\"5\"", "1000000001"}) {
            JsonNode response = invoke(handler, edit("sku-bean-01",
                    "{\"name\":\"Beans\",\"priceCents\":1990,\"lowStockThreshold\":" + bad + ",\"expectedVersion\":1}"));
            assertThat(response.get("statusCode").asInt()).as("threshold %s: %s", bad, response).isEqualTo(400);
            assertThat(body(response).path("details").findValuesAsText("field")).as(bad).containsExactly("lowStockThreshold");
        }
        assertThat(world.inventory.level("sku-bean-01").product().lowStockThreshold()).isEqualTo(6);
    }

    @Test
    void aDuplicateSkuIsA409NamingTheSku() {
        JsonNode response = invoke(handler, create("{\"sku\":\"mug-blu\",\"name\":\"Mug\",\"priceCents\":100}"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(409);
        assertThat(body(response).path("code").asText()).isEqualTo("DUPLICATE_SKU");
        assertThat(body(response).path("details").findValuesAsText("field")).containsExactly("sku");
    }

    @Test
    void anEditFromAStaleVersionIsA409AndAMissingProductA404() {
        assertThat(invoke(handler, edit("p-mug", "{\"name\":\"Mug 2\",\"priceCents\":1300,\"expectedVersion\":0}"))
                .get("statusCode").asInt()).isEqualTo(200);

        JsonNode stale = invoke(handler, edit("p-mug", "{\"name\":\"Mug 3\",\"priceCents\":1400,\"expectedVersion\":0}"));
        assertThat(stale.get("statusCode").asInt()).isEqualTo(409);
        assertThat(body(stale).path("details").findValuesAsText("field")).containsExactly("expectedVersion");
        assertThat(world.inventory.level("p-mug").product().name()).isEqualTo("Mug 2");
        assertThat(invoke(handler, edit("p-none", "{\"name\":\"X\",\"priceCents\":1,\"expectedVersion\":0}")).get("statusCode").asInt())
                .isEqualTo(404);
    }
}
