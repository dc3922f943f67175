package app.orderdesk.backend.entrypoint;

import static app.orderdesk.backend.entrypoint.Events.body;
import static app.orderdesk.backend.entrypoint.Events.invoke;
import static app.orderdesk.backend.entrypoint.Events.load;
import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.entrypoint.api.UpdateStoreSettingsHandler;
import app.orderdesk.backend.fakes.Fakes;
import app.orderdesk.backend.usecase.UpdateStoreSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** PUT /store-settings through the handler: category rates saved, a wrong one a 400 naming it, never a 500. */
class StoreSettingsHandlerTest {

    private final Fakes.Settings settings = new Fakes.Settings(java.time.ZoneId.of("Europe/Berlin"));
    private final UpdateStoreSettingsHandler handler = new UpdateStoreSettingsHandler(
            new UpdateStoreSettings(settings, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)));

    private static ObjectNode put(String body) {
        ObjectNode event = load("adjust-stock.json"); // a manager's request
        event.put("resource", "/store-settings").put("path", "/store-settings").put("httpMethod", "PUT").put("body", body);
        event.remove("pathParameters");
        return event;
    }

    private static final String BASE = "\"name\":\"Shop\",\"taxRateBasisPoints\":1900,\"currency\":\"EUR\",\"locale\":\"de-DE\","
            + "\"timeZone\":\"Europe/Berlin\"";

    @Test
    void savesCategoryRatesAndAnswersThem() {
        JsonNode response = invoke(handler, put("{" + BASE + ",\"categoryTaxRates\":{\"food\":700,\"books\":700}}"));

        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        assertThat(body(response).path("categoryTaxRates").path("food").asInt()).isEqualTo(700);
        assertThat(settings.current().categoryTaxRates()).containsEntry("books", 700);
    }

    @Test
    void aRateOutOfRangeIsA400NamingItsCategory() {
        JsonNode response = invoke(handler, put("{" + BASE + ",\"categoryTaxRates\":{\"food\":12000}}"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.path("details").findValuesAsText("field")).containsExactly("categoryTaxRates.food");
        assertThat(settings.saves).isZero();
    }

    @Test
    void aRateThatIsNoNumberIsA400NotA500() {
        JsonNode response = invoke(handler, put("{" + BASE + ",\"categoryTaxRates\":{\"food\":\"seven\"}}"));

        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(400);
        assertThat(response.get("body").asText()).contains("categoryTaxRates").doesNotContain("Exception").doesNotContain("at app.");
        assertThat(settings.saves).isZero();
    }
}
