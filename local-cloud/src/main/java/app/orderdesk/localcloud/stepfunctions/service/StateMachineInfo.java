package app.orderdesk.localcloud.stepfunctions.service;

import java.time.Instant;

/** A created state machine, as DescribeStateMachine reports it. */
public record StateMachineInfo(String arn, String name, String definition, String roleArn, String type,
                               Instant creationDate) {}
