package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.iam.enforcer.IamPolicy;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's identity-based policy from the template (its inline {@code Policies} documents),
 * resolved to the same local ARNs the deployment uses. SAM policy templates and managed policies
 * cannot be evaluated locally: they grant nothing here, and are named on stderr.
 */
public final class FunctionPolicies {

    public static final String STACK_NAME = "order-desk-local";

    private FunctionPolicies() {}

    public static IamPolicy resolve(SamTemplate template, String logicalId, IntrinsicResolver resolver) {
        JsonNode properties = template.resource(logicalId).path("Properties");
        String functionName = properties.path("FunctionName").asText(logicalId);
        String role = STACK_NAME + "-" + logicalId + "Role";
        String principal = "arn:aws:sts::" + LocalResourceNames.ACCOUNT + ":assumed-role/" + role + "/" + functionName;
        List<IamPolicy.Statement> statements = new ArrayList<>();
        for (JsonNode policy : list(properties.path("Policies"))) {
            if (policy.isObject() && policy.has("Statement")) {
                for (JsonNode statement : list(resolver.resolve(policy.get("Statement")))) {
                    statements.add(statement(logicalId, statement));
                }
            } else {
                System.err.println("[local-cloud] " + logicalId + ": policy " + policy + " is not an inline document; "
                        + "the local IAM check grants nothing for it");
            }
        }
        return new IamPolicy(principal, LocalResourceNames.ACCOUNT, statements);
    }

    private static IamPolicy.Statement statement(String logicalId, JsonNode statement) {
        for (String unsupported : List.of("NotAction", "NotResource", "Condition")) {
            if (statement.has(unsupported)) {
                throw new IllegalStateException(logicalId + ": a policy statement uses " + unsupported
                        + ", which the local IAM check does not evaluate");
            }
        }
        boolean allow = statement.path("Effect").asText().equals("Allow");
        return new IamPolicy.Statement(allow, texts(statement.path("Action")), texts(statement.path("Resource")));
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            items.add(node);
        }
        return items;
    }
}
