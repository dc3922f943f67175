package app.orderdesk.localcloud.deploy;

/** Where state machines are created: the Step Functions service's {@code createStateMachine}, returning the ARN. */
@FunctionalInterface
public interface StateMachineRegistry {
    String create(String name, String definitionJson, String roleArn);
}
