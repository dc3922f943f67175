# ---------- Live updates: the WebSocket API (the template's Push* resources) ----------
# Desks connect with their Cognito ID token (?token=…, checked by PushConnectFunction); every order
# status and stock change is posted to the connections subscribed to it by the function that wrote it
# (docs/decisions/0052-the-writer-pushes.md). See docs/decisions/0015-websocket-push.md and
# docs/decisions/0033-push-subscriptions.md.

resource "aws_dynamodb_table" "push_connections_table" {
  name                        = "${var.stack_name}-push-connections"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "connectionId"
  deletion_protection_enabled = true

  attribute {
    name = "connectionId"
    type = "S"
  }

  # A connection whose $disconnect never arrived goes after API Gateway's two-hour limit.
  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

# One item per subscription topic (order#<id>, orders, stock): a function pushing a change reads its topics by key.
resource "aws_dynamodb_table" "push_subscriptions_table" {
  name                        = "${var.stack_name}-push-subscriptions"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "topic"
  deletion_protection_enabled = true

  attribute {
    name = "topic"
    type = "S"
  }

  # Two hours after the topic's last subscribe, every member's connection has closed.
  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_apigatewayv2_api" "push_api" {
  name                       = "order-desk-push"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_stage" "push_stage" {
  api_id      = aws_apigatewayv2_api.push_api.id
  name        = "v1"
  auto_deploy = true

  default_route_settings {
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }
}

resource "aws_apigatewayv2_integration" "push_connect_integration" {
  api_id           = aws_apigatewayv2_api.push_api.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_alias.live["PushConnectFunction"].invoke_arn
}

resource "aws_apigatewayv2_route" "push_connect_route" {
  api_id    = aws_apigatewayv2_api.push_api.id
  route_key = "$connect"
  # The function checks the ID token itself (see the ADR).
  authorization_type = "NONE"
  target    = "integrations/${aws_apigatewayv2_integration.push_connect_integration.id}"
}

resource "aws_lambda_permission" "push_connect_permission" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_alias.live["PushConnectFunction"].arn
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:${aws_apigatewayv2_api.push_api.id}/*/$connect"
}

resource "aws_apigatewayv2_integration" "push_disconnect_integration" {
  api_id           = aws_apigatewayv2_api.push_api.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_alias.live["PushDisconnectFunction"].invoke_arn
}

resource "aws_apigatewayv2_route" "push_disconnect_route" {
  api_id    = aws_apigatewayv2_api.push_api.id
  route_key = "$disconnect"
  target    = "integrations/${aws_apigatewayv2_integration.push_disconnect_integration.id}"
}

resource "aws_lambda_permission" "push_disconnect_permission" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_alias.live["PushDisconnectFunction"].arn
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:${aws_apigatewayv2_api.push_api.id}/*/$disconnect"
}

resource "aws_apigatewayv2_integration" "push_default_integration" {
  api_id           = aws_apigatewayv2_api.push_api.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_alias.live["PushDefaultFunction"].invoke_arn
}

resource "aws_apigatewayv2_route" "push_default_route" {
  api_id    = aws_apigatewayv2_api.push_api.id
  route_key = "$default"
  target    = "integrations/${aws_apigatewayv2_integration.push_default_integration.id}"
  # Two-way: the function's answer (SUBSCRIBED once stored) goes back down the socket.
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "push_default_route_response" {
  api_id             = aws_apigatewayv2_api.push_api.id
  route_id           = aws_apigatewayv2_route.push_default_route.id
  route_response_key = "$default"
}

resource "aws_lambda_permission" "push_default_permission" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_alias.live["PushDefaultFunction"].arn
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:${aws_apigatewayv2_api.push_api.id}/*/$default"
}

output "PushUrl" {
  value = "wss://${aws_apigatewayv2_api.push_api.id}.execute-api.${data.aws_region.current.region}.amazonaws.com/v1"
}
