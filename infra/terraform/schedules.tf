# ---------- Schedules (the template's Schedule events) ----------

resource "aws_cloudwatch_event_rule" "reconcile_reservations_every15_minutes" {
  name                = "${var.stack_name}-reconcile-reservations"
  description         = "Release reservations held by orders in a final state"
  schedule_expression = "rate(15 minutes)"
}

resource "aws_cloudwatch_event_target" "reconcile_reservations_every15_minutes" {
  rule = aws_cloudwatch_event_rule.reconcile_reservations_every15_minutes.name
  arn  = aws_lambda_alias.live["ReconcileReservationsFunction"].arn
}

resource "aws_lambda_permission" "reconcile_reservations_every15_minutes" {
  statement_id  = "AllowScheduleEvery15Minutes"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.function["ReconcileReservationsFunction"].function_name
  qualifier     = aws_lambda_alias.live["ReconcileReservationsFunction"].name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.reconcile_reservations_every15_minutes.arn
}
