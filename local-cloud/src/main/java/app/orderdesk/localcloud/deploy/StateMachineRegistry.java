package app.orderdesk.localcloud.deploy;

/**
 * Where state machines are created: the Step Functions service's {@code createStateMachine}, returning the ARN.
 * {@code type} is the template's {@code Type} (STANDARD or EXPRESS).
 */
@FunctionalInterface
public interface StateMachineRegistry {
    String create(String name, String definitionJson, String roleArn, String type);
}
