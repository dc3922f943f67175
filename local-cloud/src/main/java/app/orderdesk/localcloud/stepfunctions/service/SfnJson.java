package app.orderdesk.localcloud.stepfunctions.service;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;
import app.orderdesk.localcloud.stepfunctions.asl.history.HistoryEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** Serialises service records in the AWS JSON 1.0 shapes (timestamps as epoch seconds with a fraction). */
final class SfnJson {

    private SfnJson() {}

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    static ObjectNode execution(ExecutionInfo info) {
        ObjectNode out = Json.object();
        out.put("executionArn", info.executionArn());
        out.put("stateMachineArn", info.stateMachineArn());
        out.put("name", info.name());
        out.put("status", info.status().name());
        out.put("startDate", epochSeconds(info.startDate()));
        if (info.stopDate() != null) {
            out.put("stopDate", epochSeconds(info.stopDate()));
        }
        if (info.redriveCount() > 0) {
            out.put("redriveCount", info.redriveCount());
            out.put("redriveDate", epochSeconds(info.redriveDate()));
        }
        return out;
    }

    static ObjectNode describeExecution(ExecutionInfo info) {
        ObjectNode out = execution(info);
        out.put("input", info.input());
        out.putObject("inputDetails").put("included", true);
        if (info.output() != null) {
            out.put("output", info.output());
            out.putObject("outputDetails").put("included", true);
        }
        if (info.error() != null) {
            out.put("error", info.error());
        }
        if (info.cause() != null) {
            out.put("cause", info.cause());
        }
        if (info.redriveStatus() != null) {
            out.put("redriveCount", info.redriveCount());
            out.put("redriveStatus", info.redriveStatus());
            if (info.redriveStatusReason() != null) {
                out.put("redriveStatusReason", info.redriveStatusReason());
            }
        }
        return out;
    }

    static ObjectNode stateMachine(StateMachineInfo machine, boolean full) {
        ObjectNode out = Json.object();
        out.put("stateMachineArn", machine.arn());
        out.put("name", machine.name());
        out.put("type", machine.type());
        out.put("creationDate", epochSeconds(machine.creationDate()));
        if (full) {
            out.put("status", "ACTIVE");
            out.put("definition", machine.definition());
            out.put("roleArn", machine.roleArn());
        }
        return out;
    }

    static ObjectNode event(HistoryEvent event) {
        ObjectNode out = Json.object();
        out.put("timestamp", epochSeconds(event.timestamp()));
        out.put("type", event.type());
        out.put("id", event.id());
        out.put("previousEventId", event.previousEventId());
        if (event.detailsKey() != null && event.details() != null) {
            out.set(event.detailsKey(), event.details());
        }
        return out;
    }
}
