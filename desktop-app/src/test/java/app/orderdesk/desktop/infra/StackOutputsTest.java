package app.orderdesk.desktop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.ConnectionProfile;
import org.junit.jupiter.api.Test;

class StackOutputsTest {

    private static final ConnectionProfile EXPECTED = new ConnectionProfile("prod", "eu-west-1",
            "https://abc.execute-api.eu-west-1.amazonaws.com/v1", "eu-west-1_AbC123", "client123", null);

    @Test
    void readsTheTemplatesOutputsAsAnObject() {
        String json = """
                {"Region": "eu-west-1", "UserPoolId": "eu-west-1_AbC123", "UserPoolClientId": "client123",
                 "ApiUrl": "https://abc.execute-api.eu-west-1.amazonaws.com/v1", "OrderWorkflowArn": "arn:x"}""";

        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void readsTerraformOutputJson() {
        // What `terraform output -json` prints for infra/terraform/outputs.tf.
        String json = """
                {"ApiUrl": {"sensitive": false, "type": "string",
                            "value": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 "OrderWorkflowArn": {"sensitive": false, "type": "string", "value": "arn:x"},
                 "Region": {"sensitive": false, "type": "string", "value": "eu-west-1"},
                 "UserPoolClientId": {"sensitive": false, "type": "string", "value": "client123"},
                 "UserPoolId": {"sensitive": false, "type": "string", "value": "eu-west-1_AbC123"}}""";

        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void readsTheOutputKeyValueArrayOfDescribeStacks() {
        String json = """
                [{"OutputKey": "ApiUrl", "OutputValue": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 {"OutputKey": "UserPoolId", "OutputValue": "eu-west-1_AbC123", "Description": "pool"},
                 {"OutputKey": "UserPoolClientId", "OutputValue": "client123"}]""";

        // No Region output: it comes from the user pool id's prefix.
        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void readsTheWholeDescribeStacksAnswer() {
        String json = """
                {"Stacks": [{"StackName": "order-desk", "Outputs": [
                  {"OutputKey": "Region", "OutputValue": "eu-west-1"},
                  {"OutputKey": "ApiUrl", "OutputValue": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                  {"OutputKey": "UserPoolId", "OutputValue": "eu-west-1_AbC123"},
                  {"OutputKey": "UserPoolClientId", "OutputValue": "client123"}]}]}""";

        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void readsTerraformOutputJsonWithSnakeCaseNames() {
        String json = """
                {"api_url": {"sensitive": false, "type": "string", "value": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 "region": {"sensitive": false, "type": "string", "value": "eu-west-1"},
                 "user_pool_id": {"sensitive": false, "type": "string", "value": "eu-west-1_AbC123"},
                 "user_pool_client_id": {"sensitive": true, "type": "string", "value": "client123"},
                 "table_names": {"sensitive": false, "type": ["list", "string"], "value": ["orders"]}}""";

        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void readsTerraformOutputJsonWithTheTemplatesNames() {
        String json = """
                {"ApiUrl": {"type": "string", "value": "https://abc.execute-api.eu-west-1.amazonaws.com/v1"},
                 "UserPoolId": {"type": "string", "value": "eu-west-1_AbC123"},
                 "UserPoolClientId": {"type": "string", "value": "client123"}}""";

        assertThat(StackOutputs.parse(json, "prod")).isEqualTo(EXPECTED);
    }

    @Test
    void namesWhatIsMissing() {
        assertThatThrownBy(() -> StackOutputs.parse("{\"ApiUrl\": \"https://x/v1\"}", "prod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The stack outputs lack UserPoolId, UserPoolClientId");
        assertThatThrownBy(() -> StackOutputs.parse("not json", "prod"))
                .hasMessageContaining("not JSON");
    }
}
