# ---------- REST API: the template's OrderDeskApi with every function's Api event ----------

locals {
  # "METHOD /path" => function (the template's Events of Type Api). Every route uses the Cognito
  # authorizer (the template's DefaultAuthorizer) and calls the function's alias `live`.
  api_routes = {
    "POST /place-order"                = "PlaceOrderFunction"
    "GET /orders/{id}"                 = "GetOrderFunction"
    "GET /orders/{id}/timeline"        = "GetOrderTimelineFunction"
    "GET /orders/{id}/receipt"         = "GetReceiptFunction"
    "GET /inventory"                   = "ListInventoryFunction"
    "GET /orders"                      = "SearchOrdersFunction"
    "POST /orders/{id}/cancel"         = "CancelOrderFunction"
    "POST /orders/{id}/redrive"        = "RedriveOrderFunction"
    "POST /orders/{id}/receipt/email"  = "ResendReceiptFunction"
    "GET /inventory/{id}"              = "GetInventoryItemFunction"
    "POST /inventory/{id}/adjustments" = "AdjustStockFunction"
    "GET /inventory/{id}/adjustments"  = "ListStockMovementsFunction"
    "POST /inventory/import"           = "ImportStockCountsFunction"
    "GET /store-settings"              = "GetStoreSettingsFunction"
    "PUT /store-settings"              = "UpdateStoreSettingsFunction"
    "POST /orders/{id}/refunds"        = "RefundOrderFunction"
    "GET /orders/{id}/refunds"         = "ListRefundsFunction"
    "POST /orders/{id}/payment-received" = "PaymentReceivedFunction"
    "POST /orders/{id}/payment-received/undo" = "UndoPaymentReceivedFunction"
    "GET /orders/{id}/credit-notes/{refundId}" = "GetCreditNoteFunction"
    "GET /customers"                   = "FindCustomersFunction"
    "GET /customers/{id}/orders"       = "GetCustomerOrdersFunction"
    "GET /customers/export.csv"        = "ExportCustomersFunction"
    "DELETE /customers/{id}"           = "EraseCustomerFunction"
    "GET /dashboard"                   = "GetDashboardFunction"
    "GET /orders/attention"            = "ListAttentionFunction"
    # h-x: managers' product editor
    "POST /inventory"                  = "SaveProductFunction"
    "PUT /inventory/{id}"              = "SaveProductFunction"
  }

  api_route_list = {
    for route, function in local.api_routes : route => {
      method   = split(" ", route)[0]
      path     = split(" ", route)[1]
      function = function
    }
  }

  # Every resource path the routes need, parents included: /orders, /orders/{id}, ...
  api_paths = toset(flatten([
    for r in values(local.api_route_list) : [
      for depth in range(1, length(split("/", r.path))) : join("/", slice(split("/", r.path), 0, depth + 1))
    ]
  ]))

  api_resource_ids = merge(
    { for path, r in aws_api_gateway_resource.depth1 : path => r.id },
    { for path, r in aws_api_gateway_resource.depth2 : path => r.id },
    { for path, r in aws_api_gateway_resource.depth3 : path => r.id },
    { for path, r in aws_api_gateway_resource.depth4 : path => r.id },
  )
}

resource "aws_api_gateway_rest_api" "order_desk_api" {
  name        = "order-desk-api"
  description = "Order Desk back office API"

  # EDGE: what SAM creates when the template names no EndpointConfiguration.
  endpoint_configuration {
    types = ["EDGE"]
  }
}

# API Gateway resources one level at a time (a resource's parent must exist first). A route
# deeper than four segments needs a depth5 block like these.
resource "aws_api_gateway_resource" "depth1" {
  for_each    = { for p in local.api_paths : p => p if length(split("/", p)) == 2 }
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id
  parent_id   = aws_api_gateway_rest_api.order_desk_api.root_resource_id
  path_part   = basename(each.key)
}

resource "aws_api_gateway_resource" "depth2" {
  for_each    = { for p in local.api_paths : p => p if length(split("/", p)) == 3 }
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id
  parent_id   = aws_api_gateway_resource.depth1[dirname(each.key)].id
  path_part   = basename(each.key)
}

resource "aws_api_gateway_resource" "depth3" {
  for_each    = { for p in local.api_paths : p => p if length(split("/", p)) == 4 }
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id
  parent_id   = aws_api_gateway_resource.depth2[dirname(each.key)].id
  path_part   = basename(each.key)
}

resource "aws_api_gateway_resource" "depth4" {
  for_each    = { for p in local.api_paths : p => p if length(split("/", p)) == 5 }
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id
  parent_id   = aws_api_gateway_resource.depth3[dirname(each.key)].id
  path_part   = basename(each.key)
}

resource "aws_api_gateway_authorizer" "cognito_authorizer" {
  name            = "CognitoAuthorizer"
  rest_api_id     = aws_api_gateway_rest_api.order_desk_api.id
  type            = "COGNITO_USER_POOLS"
  provider_arns   = [aws_cognito_user_pool.user_pool.arn]
  identity_source = "method.request.header.Authorization"
}

resource "aws_api_gateway_method" "route" {
  for_each      = local.api_route_list
  rest_api_id   = aws_api_gateway_rest_api.order_desk_api.id
  resource_id   = local.api_resource_ids[each.value.path]
  http_method   = each.value.method
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.cognito_authorizer.id
}

resource "aws_api_gateway_integration" "route" {
  for_each                = local.api_route_list
  rest_api_id             = aws_api_gateway_rest_api.order_desk_api.id
  resource_id             = aws_api_gateway_method.route[each.key].resource_id
  http_method             = aws_api_gateway_method.route[each.key].http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = aws_lambda_alias.live[each.value.function].invoke_arn
}

resource "aws_lambda_permission" "api" {
  for_each      = local.api_route_list
  statement_id  = "AllowApi-${each.value.method}-${substr(sha1(each.value.path), 0, 12)}"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.function[each.value.function].function_name
  qualifier     = aws_lambda_alias.live[each.value.function].name
  principal     = "apigateway.amazonaws.com"
  # Path parameters become wildcards, as SAM writes them: .../*/GET/orders/*/receipt
  source_arn = "${aws_api_gateway_rest_api.order_desk_api.execution_arn}/*/${each.value.method}${replace(each.value.path, "/\\{[^/]+\\}/", "*")}"
}

resource "aws_api_gateway_gateway_response" "default_4xx" {
  rest_api_id   = aws_api_gateway_rest_api.order_desk_api.id
  response_type = "DEFAULT_4XX"
  response_templates = {
    "application/json" = "{\"code\":\"$context.error.responseType\",\"message\":$context.error.messageString,\"details\":[]}"
  }
}

resource "aws_api_gateway_gateway_response" "default_5xx" {
  rest_api_id   = aws_api_gateway_rest_api.order_desk_api.id
  response_type = "DEFAULT_5XX"
  response_templates = {
    "application/json" = "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"The service is unavailable; try again shortly.\",\"details\":[]}"
  }
}

resource "aws_api_gateway_deployment" "order_desk_api" {
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id

  # A new deployment whenever a route, its integration or a gateway response changes.
  triggers = {
    redeployment = sha1(jsonencode([
      local.api_routes,
      [for m in aws_api_gateway_method.route : m.id],
      [for i in aws_api_gateway_integration.route : [i.id, i.uri]],
      aws_api_gateway_authorizer.cognito_authorizer.id,
      aws_api_gateway_gateway_response.default_4xx.response_templates,
      aws_api_gateway_gateway_response.default_5xx.response_templates,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [aws_api_gateway_integration.route]
}

resource "aws_api_gateway_stage" "v1" {
  rest_api_id          = aws_api_gateway_rest_api.order_desk_api.id
  deployment_id        = aws_api_gateway_deployment.order_desk_api.id
  stage_name           = "v1"
  xray_tracing_enabled = true

  # Stage logging needs the account's CloudWatch role first.
  depends_on = [aws_api_gateway_account.account]
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.order_desk_api.id
  stage_name  = aws_api_gateway_stage.v1.stage_name
  method_path = "*/*"

  settings {
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
    metrics_enabled        = true
    logging_level          = "ERROR"
  }
}

# ---------- The account-level role API Gateway logs with (the template's ApiGatewayAccount) ----------

data "aws_iam_policy_document" "api_gateway_assume_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["apigateway.amazonaws.com"]
    }
  }
}

# Account-wide: ONE role per account and region, shared by every API there. The template retains its
# role on stack deletion; here `terraform destroy` deletes it, and until the account setting names a
# live role again no API in that account and region writes execution logs (see docs/deploy.md).
resource "aws_iam_role" "api_gateway_cloud_watch_role" {
  name               = "${var.stack_name}-api-gateway-cloudwatch"
  assume_role_policy = data.aws_iam_policy_document.api_gateway_assume_role.json
}

resource "aws_iam_role_policy_attachment" "api_gateway_cloud_watch_role" {
  role       = aws_iam_role.api_gateway_cloud_watch_role.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
}

resource "aws_api_gateway_account" "account" {
  cloudwatch_role_arn = aws_iam_role.api_gateway_cloud_watch_role.arn
  depends_on          = [aws_iam_role_policy_attachment.api_gateway_cloud_watch_role]
}
