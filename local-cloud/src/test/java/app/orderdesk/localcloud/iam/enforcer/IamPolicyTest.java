package app.orderdesk.localcloud.iam.enforcer;

import app.orderdesk.localcloud.iam.enforcer.IamPolicy.Decision;
import app.orderdesk.localcloud.iam.enforcer.IamPolicy.Statement;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IamPolicyTest {

    private static final String TABLE = "arn:aws:dynamodb:us-east-1:111111111111:table/OrdersTable";
    private static final String PRINCIPAL = "arn:aws:sts::111111111111:assumed-role/stack-FnRole/Fn";

    private static IamPolicy policy(Statement... statements) {
        return new IamPolicy(PRINCIPAL, "111111111111", List.of(statements));
    }

    private static Statement allow(List<String> actions, String... resources) {
        return new Statement(true, actions, List.of(resources));
    }

    @Test
    void allowsOnlyTheListedActionOnTheListedResource() {
        IamPolicy policy = policy(allow(List.of("dynamodb:GetItem", "dynamodb:UpdateItem"), TABLE));
        assertThat(policy.evaluate("dynamodb:GetItem", TABLE)).isEqualTo(Decision.ALLOWED);
        assertThat(policy.evaluate("dynamodb:PutItem", TABLE)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate("dynamodb:GetItem", TABLE.replace("OrdersTable", "InventoryTable"))).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy(new Statement[0]).evaluate("dynamodb:GetItem", TABLE)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aTableGrantDoesNotCoverItsIndexes() {
        IamPolicy policy = policy(allow(List.of("dynamodb:Query"), TABLE));
        assertThat(policy.evaluate("dynamodb:Query", TABLE + "/index/StatusIndex")).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy(allow(List.of("dynamodb:Query"), TABLE + "/index/*")).evaluate("dynamodb:Query", TABLE + "/index/StatusIndex"))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void wildcardsInActionsAndResources() {
        IamPolicy policy = policy(allow(List.of("dynamodb:Get*", "S3:getobject"), TABLE, "arn:aws:s3:::bucket/receipts/*"),
                allow(List.of("states:DescribeExecution"), "arn:aws:states:us-east-1:111111111111:execution:OrderWorkflow:*"));
        assertThat(policy.evaluate("dynamodb:GetItem", TABLE)).isEqualTo(Decision.ALLOWED);
        assertThat(policy.evaluate("s3:GetObject", "arn:aws:s3:::bucket/receipts/o-1.pdf")).as("actions ignore case").isEqualTo(Decision.ALLOWED);
        assertThat(policy.evaluate("s3:GetObject", "arn:aws:s3:::bucket/other/o-1.pdf")).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate("s3:GetObject", "arn:aws:s3:::bucket/RECEIPTS/o-1.pdf")).as("resources are case-sensitive")
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy.evaluate("states:DescribeExecution", "arn:aws:states:us-east-1:111111111111:execution:OrderWorkflow:o-1"))
                .isEqualTo(Decision.ALLOWED);
        assertThat(policy.evaluate("states:DescribeExecution", "arn:aws:states:us-east-1:111111111111:execution:OtherFlow:o-1"))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(policy(allow(List.of("*"), "*")).evaluate("sns:Publish", "arn:aws:sns:us-east-1:1:t")).isEqualTo(Decision.ALLOWED);
        assertThat(policy(allow(List.of("dynamodb:?etItem"), TABLE)).evaluate("dynamodb:GetItem", TABLE)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        IamPolicy policy = policy(allow(List.of("dynamodb:*"), "*"), new Statement(false, List.of("dynamodb:DeleteItem"), List.of(TABLE)));
        assertThat(policy.evaluate("dynamodb:DeleteItem", TABLE)).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(policy.evaluate("dynamodb:PutItem", TABLE)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void deniesWithTheMessageAwsGives() {
        IamPolicy policy = policy();
        assertThat(policy.denialMessage("dynamodb:PutItem", TABLE, Decision.IMPLICIT_DENY)).isEqualTo("User: " + PRINCIPAL
                + " is not authorized to perform: dynamodb:PutItem on resource: " + TABLE
                + " because no identity-based policy allows the dynamodb:PutItem action");
        assertThat(policy.denialMessage("dynamodb:PutItem", TABLE, Decision.EXPLICIT_DENY)).isEqualTo("User: " + PRINCIPAL
                + " is not authorized to perform: dynamodb:PutItem on resource: " + TABLE + " with an explicit deny in an identity-based policy");
    }

    @Test
    void survivesTheFileHandedToTheFunction() {
        IamPolicy policy = policy(allow(List.of("dynamodb:GetItem"), TABLE, TABLE + "/index/*"),
                new Statement(false, List.of("s3:*"), List.of("*")));
        assertThat(IamPolicy.parse(new StringReader(policy.toFileText()))).isEqualTo(policy);
    }
}
