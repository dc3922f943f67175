# ---------- Events, alerts and failed asynchronous work ----------

resource "aws_sns_topic" "order_events_topic" {
  name              = "${var.stack_name}-order-events"
  kms_master_key_id = "alias/aws/sns"
}

# CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed SNS key (its key policy
# cannot be changed), so alerts use a customer-managed key whose policy lets CloudWatch use it.
resource "aws_kms_key" "alerts_key" {
  description         = "Encrypts the Order Desk alerts topic; CloudWatch alarms may use it."
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.alerts_key_policy.json
}

resource "aws_kms_alias" "alerts_key" {
  name          = "alias/${var.stack_name}-alerts"
  target_key_id = aws_kms_key.alerts_key.key_id
}

data "aws_iam_policy_document" "alerts_key_policy" {
  statement {
    sid       = "AccountAdministersTheKeyAndGrantsUseThroughIam"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  # No source condition (as in the template): which alarms may publish is the topic policy's business,
  # and a condition CloudWatch's KMS calls did not carry would silence every alarm.
  statement {
    sid       = "CloudWatchAlarmsPublishToTheAlertsTopic"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic" "alerts_topic" {
  name              = "${var.stack_name}-alerts"
  kms_master_key_id = aws_kms_key.alerts_key.arn
}

resource "aws_sqs_queue" "failed_invocations_queue" {
  name                      = "${var.stack_name}-failed-invocations"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}
