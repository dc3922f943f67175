package app.orderdesk.localcloud;

import app.orderdesk.localcloud.integrations.EmulatorServiceIntegrations;
import app.orderdesk.localcloud.stepfunctions.integration.ServiceIntegrations.ServiceIntegrationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrationsAndUsersTest {

    @Test
    void refusesIntegrationsItDoesNotImplementWithAClearError() {
        EmulatorServiceIntegrations integrations = new EmulatorServiceIntegrations(null);
        assertThatThrownBy(() -> integrations.call("dynamodb", "putItem", new ObjectMapper().createObjectNode()))
                .isInstanceOfSatisfying(ServiceIntegrationException.class,
                        e -> assertThat(e.causeText()).contains("arn:aws:states:::dynamodb:putItem"));
    }

    @Test
    void keepsDemoPasswordsOutOfToString() {
        assertThat(new DemoUser("staff@orderdesk.local", "S3cretPassw0rd", "staff").toString()).doesNotContain("S3cret");
    }
}
