# ---------- Alarms and dashboard (the template's alarms and OrderDeskDashboard) ----------
# Every alarm publishes to the alerts topic, whose customer-managed key lets CloudWatch use it.

resource "aws_cloudwatch_metric_alarm" "workflow_failed_alarm" {
  alarm_name          = "${var.stack_name}-WorkflowFailed"
  alarm_description   = "An order workflow execution failed: held for a retry, failed, needing follow-up, or a fault (ExecutionsFailed)."
  namespace           = "AWS/States"
  metric_name         = "ExecutionsFailed"
  dimensions          = { StateMachineArn = aws_sfn_state_machine.order_workflow.arn }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts_topic.arn]
}

resource "aws_cloudwatch_metric_alarm" "api5xx_alarm" {
  alarm_name          = "${var.stack_name}-Api5xx"
  alarm_description   = "The API answered 5XX."
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  dimensions          = { ApiName = aws_api_gateway_rest_api.order_desk_api.name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts_topic.arn]
}

resource "aws_cloudwatch_metric_alarm" "api_latency_alarm" {
  alarm_name          = "${var.stack_name}-ApiLatency"
  alarm_description   = "The API's p99 latency stayed above 3 s for 15 minutes."
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  dimensions          = { ApiName = aws_api_gateway_rest_api.order_desk_api.name }
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 3000
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts_topic.arn]
}

resource "aws_cloudwatch_metric_alarm" "failed_invocations_alarm" {
  alarm_name          = "${var.stack_name}-FailedInvocations"
  alarm_description   = "An asynchronous invocation failed after its retries and is waiting in the failed-invocations queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.failed_invocations_queue.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts_topic.arn]
}

# A compensation that itself failed leaves stock or an order wrong until a person fixes it; the
# workflow tasks emit this embedded-metric-format metric (no dimensions).
resource "aws_cloudwatch_metric_alarm" "compensation_failed_alarm" {
  alarm_name          = "${var.stack_name}-CompensationFailed"
  alarm_description   = "A compensation step failed; stock or an order needs a person (see docs/runbook.md)."
  namespace           = "OrderDesk"
  metric_name         = "CompensationFailures"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts_topic.arn]
}

locals {
  # The template's dashboard body (OrderDeskDashboard) with these in place of its ${...} references.
  dashboard_variables = {
    Region                 = data.aws_region.current.region
    ApiName                = aws_api_gateway_rest_api.order_desk_api.name
    OrderWorkflow          = aws_sfn_state_machine.order_workflow.arn
    FailedInvocationsQueue = aws_sqs_queue.failed_invocations_queue.name
  }
}

resource "aws_cloudwatch_dashboard" "order_desk_dashboard" {
  dashboard_name = "order-desk"
  dashboard_body = templatefile("${path.module}/dashboard.json.tftpl", local.dashboard_variables)
}
