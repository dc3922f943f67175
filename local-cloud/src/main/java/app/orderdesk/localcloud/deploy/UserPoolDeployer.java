package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates the template's user pool, app client and groups in cognito-local through the Cognito API,
 * reusing a pool and client of the same name from an earlier start so the profile's ids stay put.
 */
final class UserPoolDeployer {

    private final CognitoIdentityProviderClient cognito;

    UserPoolDeployer(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    /** The deployed pool's id and its app client's id. */
    record DeployedUserPool(String userPoolId, String clientId) {}

    DeployedUserPool deploy(SamTemplate template, LocalResourceNames names) {
        Map.Entry<String, JsonNode> pool = single(template, "AWS::Cognito::UserPool");
        String poolId = findOrCreatePool(pool.getValue().path("Properties"));
        registerPool(names, pool.getKey(), poolId);

        Map.Entry<String, JsonNode> client = single(template, "AWS::Cognito::UserPoolClient");
        String clientId = findOrCreateClient(poolId, client.getValue().path("Properties"));
        names.register(client.getKey(), clientId, Map.of());

        template.resourcesOfType("AWS::Cognito::UserPoolGroup").forEach((logicalId, group) -> {
            JsonNode p = group.path("Properties");
            String groupName = p.path("GroupName").asText(logicalId);
            try {
                cognito.createGroup(r -> r.userPoolId(poolId).groupName(groupName).description(p.path("Description").asText(null)));
            } catch (GroupExistsException alreadyThere) {
                // persisted from an earlier start
            }
            names.register(logicalId, groupName, Map.of());
        });
        return new DeployedUserPool(poolId, clientId);
    }

    /** The pool, client and groups of the last complete deploy (a matching deploy stamp), registered without a call. */
    DeployedUserPool registerExisting(SamTemplate template, LocalResourceNames names, String poolId, String clientId) {
        registerPool(names, single(template, "AWS::Cognito::UserPool").getKey(), poolId);
        names.register(single(template, "AWS::Cognito::UserPoolClient").getKey(), clientId, Map.of());
        template.resourcesOfType("AWS::Cognito::UserPoolGroup").forEach((logicalId, group) ->
                names.register(logicalId, group.path("Properties").path("GroupName").asText(logicalId), Map.of()));
        return new DeployedUserPool(poolId, clientId);
    }

    /** The template's pool name, as {@link #deploy} looks it up. */
    static String poolName(SamTemplate template) {
        return single(template, "AWS::Cognito::UserPool").getValue().path("Properties").path("UserPoolName").asText("order-desk-users");
    }

    private void registerPool(LocalResourceNames names, String logicalId, String poolId) {
        names.register(logicalId, poolId, Map.of(
                "Arn", LocalResourceNames.userPoolArn(poolId),
                "ProviderName", "cognito-idp." + LocalResourceNames.REGION + ".amazonaws.com/" + poolId,
                // cognito-local issues tokens as <its origin>/<poolId> (IssuerDomain), so that is the pool's issuer here
                "ProviderURL", cognito.serviceClientConfiguration().endpointOverride()
                        .map(uri -> uri.toString().replaceAll("/+$", "")).orElse("https://cognito-idp." + LocalResourceNames.REGION + ".amazonaws.com") + "/" + poolId));
    }

    private String findOrCreatePool(JsonNode p) {
        String name = p.path("UserPoolName").asText("order-desk-users"); // = poolName(template)
        return cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
                .filter(existing -> name.equals(existing.name())).findFirst()
                .map(existing -> existing.id())
                .orElseGet(() -> cognito.createUserPool(poolRequest(name, p)).userPool().id());
    }

    private static CreateUserPoolRequest poolRequest(String name, JsonNode p) {
        JsonNode policy = p.path("Policies").path("PasswordPolicy");
        return CreateUserPoolRequest.builder()
                .poolName(name)
                .usernameAttributesWithStrings(texts(p.path("UsernameAttributes")))
                .autoVerifiedAttributesWithStrings(texts(p.path("AutoVerifiedAttributes")))
                .adminCreateUserConfig(c -> c.allowAdminCreateUserOnly(p.path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean(true)))
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder()
                        .minimumLength(policy.path("MinimumLength").asInt(8))
                        .requireLowercase(policy.path("RequireLowercase").asBoolean(true))
                        .requireUppercase(policy.path("RequireUppercase").asBoolean(true))
                        .requireNumbers(policy.path("RequireNumbers").asBoolean(true))
                        .requireSymbols(policy.path("RequireSymbols").asBoolean(false))
                        .build()).build())
                .build();
    }

    private String findOrCreateClient(String poolId, JsonNode p) {
        String name = p.path("ClientName").asText("order-desk-desktop");
        return cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(60)).userPoolClients().stream()
                .filter(existing -> name.equals(existing.clientName())).findFirst()
                .map(existing -> existing.clientId())
                .orElseGet(() -> cognito.createUserPoolClient(clientRequest(poolId, name, p)).userPoolClient().clientId());
    }

    private static CreateUserPoolClientRequest clientRequest(String poolId, String name, JsonNode p) {
        JsonNode units = p.path("TokenValidityUnits");
        return CreateUserPoolClientRequest.builder()
                .userPoolId(poolId)
                .clientName(name)
                .generateSecret(p.path("GenerateSecret").asBoolean(false))
                .explicitAuthFlowsWithStrings(texts(p.path("ExplicitAuthFlows")))
                .preventUserExistenceErrors(p.path("PreventUserExistenceErrors").asText("ENABLED"))
                .accessTokenValidity(p.path("AccessTokenValidity").asInt(60))
                .idTokenValidity(p.path("IdTokenValidity").asInt(60))
                .refreshTokenValidity(p.path("RefreshTokenValidity").asInt(12))
                .tokenValidityUnits(TokenValidityUnitsType.builder()
                        .accessToken(TimeUnitsType.fromValue(units.path("AccessToken").asText("minutes")))
                        .idToken(TimeUnitsType.fromValue(units.path("IdToken").asText("minutes")))
                        .refreshToken(TimeUnitsType.fromValue(units.path("RefreshToken").asText("hours")))
                        .build())
                .build();
    }

    private static Map.Entry<String, JsonNode> single(SamTemplate template, String type) {
        Map<String, JsonNode> found = template.resourcesOfType(type);
        if (found.size() != 1) {
            throw new IllegalStateException("the local cloud expects exactly one " + type + ", found " + found.size());
        }
        return found.entrySet().iterator().next();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
