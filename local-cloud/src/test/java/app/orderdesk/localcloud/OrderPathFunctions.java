package app.orderdesk.localcloud;

import app.orderdesk.localcloud.deploy.SamTemplate;
import app.orderdesk.localcloud.deploy.TemplateCopies;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions one order calls: the API's place-order and order routes, and every function the order workflow's
 * states invoke (read from the template's state machine substitutions, so a new step is not forgotten). A test
 * builds these before its first order on a new cloud: built inside a step's timeout on a loaded machine, a
 * function can time the step out, and waiting for all 40 functions instead costs a minute and more.
 */
final class OrderPathFunctions {

    private OrderPathFunctions() {
    }

    static Set<String> ofTheRealTemplate() {
        return of(TemplateCopies.real());
    }

    static Set<String> of(SamTemplate template) {
        Set<String> names = new TreeSet<>(List.of("PlaceOrderFunction", "GetOrderFunction"));
        for (JsonNode machine : template.resourcesOfType("AWS::Serverless::StateMachine").values()) {
            machine.path("Properties").path("DefinitionSubstitutions").forEach(value -> {
                String target = value.path("Ref").asText(value.path("Fn::GetAtt").path(0).asText());
                String resource = target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
                if (resource.endsWith("Function")) {
                    names.add(resource);
                }
            });
        }
        return names;
    }
}
