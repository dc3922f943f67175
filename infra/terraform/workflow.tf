# ---------- Workflow: the same definition file and substitutions as the template ----------
# Every task calls a function's alias `live` (a published version), so SnapStart applies.

locals {
  order_workflow_substitutions = {
    ValidateOrderFunctionArn   = aws_lambda_alias.live["ValidateOrderFunction"].arn
    SaveOrderFunctionArn       = aws_lambda_alias.live["SaveOrderFunction"].arn
    ReserveStockFunctionArn    = aws_lambda_alias.live["ReserveStockFunction"].arn
    ProcessPaymentFunctionArn  = aws_lambda_alias.live["ProcessPaymentFunction"].arn
    UpdateInventoryFunctionArn = aws_lambda_alias.live["UpdateInventoryFunction"].arn
    GenerateReceiptFunctionArn = aws_lambda_alias.live["GenerateReceiptFunction"].arn
    EmailReceiptFunctionArn    = aws_lambda_alias.live["EmailReceiptFunction"].arn
    ReleaseStockFunctionArn    = aws_lambda_alias.live["ReleaseStockFunction"].arn
    MarkOrderFunctionArn       = aws_lambda_alias.live["MarkOrderFunction"].arn
    OrderEventsTopicArn        = aws_sns_topic.order_events_topic.arn
    AlertsTopicArn             = aws_sns_topic.alerts_topic.arn
  }

  # The state machine's own grants (the template's Policies on OrderWorkflow).
  order_workflow_policy = [
    {
      actions = ["lambda:InvokeFunction"]
      resources = [
        aws_lambda_alias.live["ValidateOrderFunction"].arn,
        aws_lambda_alias.live["SaveOrderFunction"].arn,
        aws_lambda_alias.live["ReserveStockFunction"].arn,
        aws_lambda_alias.live["ProcessPaymentFunction"].arn,
        aws_lambda_alias.live["UpdateInventoryFunction"].arn,
        aws_lambda_alias.live["GenerateReceiptFunction"].arn,
        aws_lambda_alias.live["EmailReceiptFunction"].arn,
        aws_lambda_alias.live["ReleaseStockFunction"].arn,
        aws_lambda_alias.live["MarkOrderFunction"].arn,
      ]
    },
    {
      actions   = ["sns:Publish"]
      resources = [aws_sns_topic.order_events_topic.arn, aws_sns_topic.alerts_topic.arn]
    },
    {
      # Publishing to the alerts topic encrypts with its customer-managed key, through SNS only.
      actions   = ["kms:GenerateDataKey*", "kms:Decrypt"]
      resources = [aws_kms_key.alerts_key.arn]
      conditions = [
        { test = "StringEquals", variable = "kms:ViaService", values = ["sns.${data.aws_region.current.region}.amazonaws.com"] },
      ]
    },
    {
      # Log delivery for Step Functions is set up through these calls, which IAM accepts only on "*".
      actions = ["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
      "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"]
      resources = ["*"]
    },
  ]
}

data "aws_iam_policy_document" "states_assume_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "order_workflow" {
  name               = "${var.stack_name}-order-workflow"
  assume_role_policy = data.aws_iam_policy_document.states_assume_role.json
}

data "aws_iam_policy_document" "order_workflow" {
  dynamic "statement" {
    for_each = local.order_workflow_policy
    content {
      effect    = "Allow"
      actions   = statement.value.actions
      resources = statement.value.resources

      dynamic "condition" {
        for_each = try(statement.value.conditions, [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_iam_role_policy" "order_workflow" {
  name   = "order-workflow-policy"
  role   = aws_iam_role.order_workflow.id
  policy = data.aws_iam_policy_document.order_workflow.json
}

# X-Ray tracing of the state machine (SAM adds the same grant when Tracing is enabled).
resource "aws_iam_role_policy_attachment" "order_workflow_xray" {
  role       = aws_iam_role.order_workflow.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AWSXrayWriteOnlyAccess"
}

resource "aws_sfn_state_machine" "order_workflow" {
  name       = local.order_workflow_name
  type       = "EXPRESS"
  role_arn   = aws_iam_role.order_workflow.arn
  definition = templatefile("${path.module}/../statemachine/order-workflow.asl.json", local.order_workflow_substitutions)

  tracing_configuration {
    enabled = true
  }

  # EXPRESS keeps no execution history: its failures are known only from these logs (ADR 0030). ERROR
  # level writes nothing on the happy path; no execution data, so no order input reaches the logs.
  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.order_workflow_log_group.arn}:*"
    include_execution_data = false
    level                  = "ERROR"
  }

  depends_on = [aws_iam_role_policy.order_workflow, aws_iam_role_policy_attachment.order_workflow_xray]
}

# The /aws/vendedlogs/ prefix keeps the log group's resource policy small (AWS's advice for vended logs).
resource "aws_cloudwatch_log_group" "order_workflow_log_group" {
  name              = "/aws/vendedlogs/states/${local.order_workflow_name}"
  retention_in_days = 30
}
