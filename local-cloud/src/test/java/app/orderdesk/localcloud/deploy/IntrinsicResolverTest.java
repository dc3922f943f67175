package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntrinsicResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SamTemplate template = SamTemplate.parse("""
            Parameters:
              SenderEmail: {Type: String, Default: receipts@orderdesk.example}
              Ttl: {Type: Number, Default: 300}
              NoDefault: {Type: String}
            Resources:
              OrdersTable: {Type: AWS::DynamoDB::Table}
              Workflow: {Type: AWS::Serverless::StateMachine}
              NotDeployed: {Type: AWS::Foo::Bar}
            """, Path.of("."));
    private final LocalResourceNames names = new LocalResourceNames()
            .register("OrdersTable", "OrdersTable", Map.of("Arn", LocalResourceNames.tableArn("OrdersTable")))
            .register("Workflow", "arn:aws:states:us-east-1:111111111111:stateMachine:Workflow", Map.of("Name", "Workflow"));
    private final IntrinsicResolver resolver = new IntrinsicResolver(template, names);

    @Test
    void resolvesRefToParameterDefaultsResourcesAndPseudoParameters() {
        assertThat(text("{\"Ref\":\"SenderEmail\"}")).isEqualTo("receipts@orderdesk.example");
        assertThat(text("{\"Ref\":\"Ttl\"}")).isEqualTo("300");
        assertThat(text("{\"Ref\":\"OrdersTable\"}")).isEqualTo("OrdersTable");
        assertThat(text("{\"Ref\":\"AWS::Region\"}")).isEqualTo("us-east-1");
        assertThat(text("{\"Ref\":\"AWS::AccountId\"}")).isEqualTo("111111111111");
    }

    @Test
    void resolvesGetAttInArrayAndDottedForm() {
        assertThat(text("{\"Fn::GetAtt\":[\"OrdersTable\",\"Arn\"]}"))
                .isEqualTo("arn:aws:dynamodb:us-east-1:111111111111:table/OrdersTable");
        assertThat(text("{\"Fn::GetAtt\":\"OrdersTable.Arn\"}"))
                .isEqualTo("arn:aws:dynamodb:us-east-1:111111111111:table/OrdersTable");
    }

    @Test
    void resolvesSubWithAttributesPseudoParametersEscapesAndVariables() {
        assertThat(text("{\"Fn::Sub\":\"${OrdersTable.Arn}/index/*\"}"))
                .isEqualTo("arn:aws:dynamodb:us-east-1:111111111111:table/OrdersTable/index/*");
        assertThat(text("{\"Fn::Sub\":\"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${Workflow.Name}:*\"}"))
                .isEqualTo("arn:aws:states:us-east-1:111111111111:execution:Workflow:*");
        assertThat(text("{\"Fn::Sub\":\"${!Literal}-${SenderEmail}\"}")).isEqualTo("${Literal}-receipts@orderdesk.example");
        assertThat(text("{\"Fn::Sub\":[\"${Name}-x\",{\"Name\":{\"Ref\":\"OrdersTable\"}}]}")).isEqualTo("OrdersTable-x");
    }

    @Test
    void resolvesNestedStructuresAndJoin() {
        JsonNode resolved = resolver.resolve(json("{\"A\":[{\"Ref\":\"OrdersTable\"},\"plain\"],\"B\":{\"Fn::Join\":[\":\",[\"a\",{\"Ref\":\"Ttl\"}]]}}"));
        assertThat(resolved.toString()).isEqualTo("{\"A\":[\"OrdersTable\",\"plain\"],\"B\":\"a:300\"}");
    }

    @Test
    void explainsWhatCannotBeResolved() {
        assertThatThrownBy(() -> text("{\"Ref\":\"NotDeployed\"}")).hasMessageContaining("not deployed locally");
        assertThatThrownBy(() -> text("{\"Ref\":\"Nope\"}")).hasMessageContaining("no such parameter or resource");
        assertThatThrownBy(() -> text("{\"Ref\":\"NoDefault\"}")).hasMessageContaining("has no default");
        assertThatThrownBy(() -> text("{\"Fn::GetAtt\":[\"OrdersTable\",\"StreamArn\"]}")).hasMessageContaining("OrdersTable.StreamArn");
    }

    private String text(String json) {
        return resolver.resolveText(json(json));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
