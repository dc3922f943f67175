# ---------- Functions: one per route and per workflow task ----------
# local.functions mirrors each AWS::Serverless::Function of ../template.yaml (keys are its logical
# ids); local.function_defaults and local.function_environment mirror its Globals. Every function
# is published (SnapStart applies to published versions only) and called through its alias `live`.

locals {
  lambda_artifact = "${path.module}/${var.lambda_artifact}"

  function_defaults = {
    runtime       = "java21"
    architectures = ["arm64"] # h-c: Graviton, as the template's Globals
    memory_size   = 1024
    timeout       = 20
  }

  function_environment = {
    INVENTORY_TABLE         = aws_dynamodb_table.inventory_table.name
    ORDERS_TABLE            = aws_dynamodb_table.orders_table.name
    STOCK_MOVEMENTS_TABLE   = aws_dynamodb_table.stock_movements_table.name
    IDEMPOTENCY_TABLE       = aws_dynamodb_table.idempotency_table.name
    RECEIPTS_BUCKET         = aws_s3_bucket.receipts_bucket.bucket
    SENDER_EMAIL            = var.sender_email
    RECEIPT_URL_TTL_SECONDS = tostring(var.receipt_url_ttl_seconds)
    CUSTOMERS_TABLE            = aws_dynamodb_table.customers_table.name
    DAILY_TOTALS_TABLE         = aws_dynamodb_table.daily_totals_table.name
    STORE_TIME_ZONE            = var.store_time_zone
    STORE_COUNTRY_CALLING_CODE = var.store_country_calling_code
    JAVA_TOOL_OPTIONS       = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
    # Live updates: the function that writes an order status or stock change pushes it to the desks
    # subscribed to it (read at the first change; ADR 0052).
    PUSH_CONNECTIONS_TABLE   = aws_dynamodb_table.push_connections_table.name
    PUSH_SUBSCRIPTIONS_TABLE = aws_dynamodb_table.push_subscriptions_table.name
    PUSH_CALLBACK_URL        = "https://${aws_apigatewayv2_api.push_api.id}.execute-api.${data.aws_region.current.region}.amazonaws.com/v1"
  }

  # Where a function that pushes a change may post (the WebSocket API's @connections, stage v1).
  push_post_to_connections_arn = "arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:${aws_apigatewayv2_api.push_api.id}/v1/POST/@connections/*"

  # The workflow's ARN is built from its name: the state machine depends on the task functions'
  # aliases, so a function referring to the state machine resource would close a dependency cycle.
  order_workflow_name = "${var.stack_name}-order-workflow"
  order_workflow_arn  = "arn:${data.aws_partition.current.partition}:states:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:stateMachine:${local.order_workflow_name}"

  # Workflow tasks set async_failures_to_queue: an asynchronous invocation (a manual re-drive, a
  # future event source) is retried twice (async_retries), kept at most an hour
  # (async_max_event_age), then lands in the failed-invocations queue. (A flag, not the queue's ARN:
  # for_each must know its keys at plan time, before the queue exists.)
  functions = {
    PlaceOrderFunction = {
      description = "POST /place-order (staff, managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.PlaceOrderHandler::handleRequest"
      environment = {
        ORDER_WORKFLOW_ARN = local.order_workflow_arn
      }
    }
    GetOrderFunction = {
      description = "GET /orders/{id} (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetOrderHandler::handleRequest"
      environment = {}
    }
    GetOrderTimelineFunction = {
      description = "GET /orders/{id}/timeline (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetOrderTimelineHandler::handleRequest"
      environment = {}
    }
    GetReceiptFunction = {
      description = "GET /orders/{id}/receipt (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetReceiptHandler::handleRequest"
      environment = {}
    }
    ListInventoryFunction = {
      description = "GET /inventory (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.ListInventoryHandler::handleRequest"
      environment = {}
    }
    SearchOrdersFunction = {
      description = "GET /orders (all roles): search by number, email, phone, status, dates"
      handler     = "app.orderdesk.backend.entrypoint.api.SearchOrdersHandler::handleRequest"
      environment = {}
    }
    CancelOrderFunction = {
      description = "POST /orders/{id}/cancel (managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.CancelOrderHandler::handleRequest"
      environment = {
        ORDER_WORKFLOW_ARN = local.order_workflow_arn
      }
    }
    RedriveOrderFunction = {
      description = "POST /orders/{id}/redrive (support, managers): retry a failed order from the failed step"
      handler     = "app.orderdesk.backend.entrypoint.api.RedriveOrderHandler::handleRequest"
      environment = {
        ORDER_WORKFLOW_ARN = local.order_workflow_arn
      }
    }
    ResendReceiptFunction = {
      description = "POST /orders/{id}/receipt/email (support, managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.ResendReceiptHandler::handleRequest"
      environment = {}
    }
    RefundOrderFunction = {
      description = "POST /orders/{id}/refunds (support up to SupportRefundLimit, managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.RefundOrderHandler::handleRequest"
      environment = {
        PAYMENTS_LEDGER_TABLE      = aws_dynamodb_table.payments_ledger_table.name
        SUPPORT_REFUND_LIMIT_CENTS = tostring(var.support_refund_limit)
      }
    }
    PaymentReceivedFunction = {
      description = "POST /orders/{id}/payment-received (support, managers): the customer of an order paid on delivery paid"
      handler     = "app.orderdesk.backend.entrypoint.api.PaymentReceivedHandler::handleRequest"
      environment = {}
    }
    UndoPaymentReceivedFunction = {
      description = "POST /orders/{id}/payment-received/undo (support, managers): a payment recorded by mistake is undone"
      handler     = "app.orderdesk.backend.entrypoint.api.UndoPaymentReceivedHandler::handleRequest"
      environment = {}
    }
    ListRefundsFunction = {
      description = "GET /orders/{id}/refunds (support, managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.ListRefundsHandler::handleRequest"
      environment = {}
    }
    GetCreditNoteFunction = {
      description = "GET /orders/{id}/credit-notes/{refundId} (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetCreditNoteHandler::handleRequest"
      environment = {}
    }
    GetInventoryItemFunction = {
      description = "GET /inventory/{id} (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetInventoryItemHandler::handleRequest"
      environment = {}
    }
    AdjustStockFunction = {
      description = "POST /inventory/{id}/adjustments (managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.AdjustStockHandler::handleRequest"
      environment = {}
    }
    ListStockMovementsFunction = {
      description = "GET /inventory/{id}/adjustments (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.ListStockMovementsHandler::handleRequest"
      environment = {}
    }
    ImportStockCountsFunction = {
      description = "POST /inventory/import (managers): CSV stock counts"
      handler     = "app.orderdesk.backend.entrypoint.api.ImportStockCountsHandler::handleRequest"
      # API Gateway answers after 29 s; the function must finish (or fail) before that.
      timeout     = 28
      environment = {}
    }
    SaveProductFunction = {
      description = "POST /inventory, PUT /inventory/{id} (managers): create and edit products"
      handler     = "app.orderdesk.backend.entrypoint.api.SaveProductHandler::handleRequest"
      environment = {}
    }
    GetStoreSettingsFunction = {
      description = "GET /store-settings (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetStoreSettingsHandler::handleRequest"
      environment = {}
    }
    UpdateStoreSettingsFunction = {
      description = "PUT /store-settings (managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.UpdateStoreSettingsHandler::handleRequest"
      environment = {}
    }
    ValidateOrderFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.ValidateOrderTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    SaveOrderFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.SaveOrderTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    ReserveStockFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.ReserveStockTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    ProcessPaymentFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.ProcessPaymentTask::handleRequest"
      environment             = {
        PAYMENTS_LEDGER_TABLE = aws_dynamodb_table.payments_ledger_table.name
      }
      async_failures_to_queue = true
    }
    UpdateInventoryFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.UpdateInventoryTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    GenerateReceiptFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.GenerateReceiptTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    EmailReceiptFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.EmailReceiptTask::handleRequest"
      environment             = {}
      async_failures_to_queue = true
    }
    ReleaseStockFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.ReleaseStockTask::handleRequest"
      environment             = {
        PAYMENTS_LEDGER_TABLE = aws_dynamodb_table.payments_ledger_table.name
      }
      async_failures_to_queue = true
    }
    MarkOrderFunction = {
      description             = "Order workflow task"
      handler                 = "app.orderdesk.backend.entrypoint.workflow.MarkOrderTask::handleRequest"
      environment             = {
        PAYMENTS_LEDGER_TABLE = aws_dynamodb_table.payments_ledger_table.name
      }
      async_failures_to_queue = true
    }
    FindCustomersFunction = {
      description = "GET /customers?phone=|email= (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.FindCustomersHandler::handleRequest"
      environment = {}
    }
    GetCustomerOrdersFunction = {
      description = "GET /customers/{id}/orders (all roles)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetCustomerOrdersHandler::handleRequest"
      environment = {}
    }
    ExportCustomersFunction = {
      description = "GET /customers/export.csv (managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.ExportCustomersHandler::handleRequest"
      environment = {}
    }
    EraseCustomerFunction = {
      description = "DELETE /customers/{id} (managers): erase; orders keep without personal fields"
      handler     = "app.orderdesk.backend.entrypoint.api.EraseCustomerHandler::handleRequest"
      environment = {}
    }
    GetDashboardFunction = {
      description = "GET /dashboard (managers; staff see their own day)"
      handler     = "app.orderdesk.backend.entrypoint.api.GetDashboardHandler::handleRequest"
      environment = {}
    }
    ListAttentionFunction = {
      description = "GET /orders/attention (support, managers)"
      handler     = "app.orderdesk.backend.entrypoint.api.ListAttentionHandler::handleRequest"
      environment = {}
    }
    ReconcileReservationsFunction = {
      description = "Every 15 minutes: releases stock still reserved by ended orders, drops expired fences, starts orders never started"
      handler     = "app.orderdesk.backend.entrypoint.scheduled.ReconcileReservationsTask::handleRequest"
      timeout     = 300
      environment = {
        ORDER_WORKFLOW_ARN = local.order_workflow_arn
      }
      async_failures_to_queue = true
      # The schedule runs again in 15 minutes: an older event is stale.
      async_max_event_age = 900
    }
    # Live updates (push.tf): the WebSocket routes (the functions that write changes push them: ADR 0052).
    PushConnectFunction = {
      description = "WebSocket $connect: verifies the Cognito ID token, remembers the connection"
      handler     = "app.orderdesk.backend.entrypoint.push.PushConnectHandler::handleRequest"
      environment = {
        COGNITO_ISSUER      = "https://${aws_cognito_user_pool.user_pool.endpoint}"
        USER_POOL_CLIENT_ID = aws_cognito_user_pool_client.user_pool_client.id
      }
    }
    PushDisconnectFunction = {
      description = "WebSocket $disconnect: forgets the connection"
      handler     = "app.orderdesk.backend.entrypoint.push.PushDisconnectHandler::handleRequest"
      environment = {}
    }
    PushDefaultFunction = {
      description = "WebSocket $default: a desk subscribes to what it shows (orders, topics); keep-alive pings"
      handler     = "app.orderdesk.backend.entrypoint.push.PushDefaultHandler::handleRequest"
      memory_size = 256
      environment = {}
    }
  }

  # Each function's own grants (the template's Policies), kept apart from local.functions because
  # they refer to the state machine, which depends on the functions. The logging and X-Ray grants
  # SAM adds to every role are the managed policies attached below.
  function_policies = {
    PlaceOrderFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:BatchGetItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      # h-p: the store's tax rates (settings item), read in the same BatchGetItem as the products.
      { actions = ["dynamodb:BatchGetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      { actions = ["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      # UpdateItem: a repeat of the key takes (or a failed start gives back) the workflow start lease (ADR 0018).
      { actions = ["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.customers_table.arn, aws_dynamodb_table.daily_totals_table.arn] },
      { actions = ["states:StartExecution"], resources = [aws_sfn_state_machine.order_workflow.arn] },
    ]
    GetOrderFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    GetOrderTimelineFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    GetReceiptFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["s3:GetObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/receipts/*"] },
    ]
    ListInventoryFunction = [
      { actions = ["dynamodb:Scan"], resources = [aws_dynamodb_table.inventory_table.arn] },
    ]
    SearchOrdersFunction = [
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/OrderNumberIndex", "${aws_dynamodb_table.orders_table.arn}/index/CustomerEmailIndex", "${aws_dynamodb_table.orders_table.arn}/index/CustomerPhoneIndex", "${aws_dynamodb_table.orders_table.arn}/index/StatusIndex", "${aws_dynamodb_table.orders_table.arn}/index/DayIndex"] },
      { actions = ["dynamodb:Scan"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    CancelOrderFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    RedriveOrderFunction = [
      # ADR 0052, 0074: pushes the retry it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # GetItem reads the order and its hold; UpdateItem turns the hold into a resume (conditional: one per hold).
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      # A retry is a new execution that resumes at the held step (EXPRESS has no RedriveExecution).
      { actions = ["states:StartExecution"], resources = [aws_sfn_state_machine.order_workflow.arn] },
    ]
    ResendReceiptFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # UpdateItem and PutObject: a paid order whose receipt step gave up gets its receipt made on resend.
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["s3:GetObject", "s3:PutObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/receipts/*"] },
      { actions = ["ses:SendEmail", "ses:SendRawEmail"], resources = ["arn:${data.aws_partition.current.partition}:ses:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:identity/*"] },
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      # A resend that completes an order the workflow left for follow-up counts it in the day's totals.
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    RefundOrderFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # The refund, the per-line refunded quantities and the status live on the order's item.
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      # The refund's Idempotency-Key (DeleteItem frees the key of a refund refused after its claim); GetItem also reads the
      # store settings item (the credit note's language, money, time zone).
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.payments_ledger_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.stock_movements_table.arn] },
      { actions = ["s3:GetObject", "s3:PutObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/credit-notes/*"] },
      { actions = ["ses:SendEmail", "ses:SendRawEmail"], resources = ["arn:${data.aws_partition.current.partition}:ses:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:identity/*"] },
      # ADR 0070: the refund counted on the day it was made (the dashboard's "Refunds today")
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    PaymentReceivedFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # ADR 0071: one conditional UpdateItem records the payment; GetItem only when refused, and the refunds for the answer.
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    UndoPaymentReceivedFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # ADR 0072: one conditional UpdateItem moves the payment to the order's last undo; GetItem only when refused, and the refunds for the answer.
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    ListRefundsFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    GetCreditNoteFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["s3:GetObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/credit-notes/*"] },
    ]
    GetInventoryItemFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
    ]
    AdjustStockFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.stock_movements_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
    ]
    ListStockMovementsFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:Query"], resources = [aws_dynamodb_table.stock_movements_table.arn] },
    ]
    ImportStockCountsFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:Scan", "dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.stock_movements_table.arn] },
      # h-x: a category column is checked against the store settings item; ADR 0084: the Idempotency-Key is claimed
      # (PutItem if absent) and marked done, and a repeat reads both (GetItem)
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
    ]
    # h-x: create (PutItem if the id is free), edit (UpdateItem on the version), SKU in use (Scan); settings (GetItem)
    SaveProductFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Scan"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
    ]
    # The settings item lives in the Idempotency table beside the order counter.
    GetStoreSettingsFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
    ]
    UpdateStoreSettingsFunction = [
      # h-x: a save is announced (SETTINGS_CHANGED), sent to the push queue
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      # ADR 0087: the save is conditional on the settings read (If-Match); a refusal reads who saved since
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
    ]
    ValidateOrderFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:BatchGetItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    SaveOrderFunction = [
      # ADR 0088: writes (and so pushes) nothing; reads the order only for an execution started without its facts
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    ReserveStockFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    ProcessPaymentFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.payments_ledger_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    UpdateInventoryFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:PutItem"], resources = [aws_dynamodb_table.stock_movements_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    GenerateReceiptFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["s3:PutObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/receipts/*"] },
      { actions = ["dynamodb:BatchGetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    EmailReceiptFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      # the PDF to attach, and (ADR 0053) the signer's right behind the receipt URL its COMPLETED push carries
      { actions = ["s3:GetObject"], resources = ["${aws_s3_bucket.receipts_bucket.arn}/receipts/*"] },
      { actions = ["ses:SendEmail", "ses:SendRawEmail"], resources = ["arn:${data.aws_partition.current.partition}:ses:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:identity/*"] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
      { actions = ["dynamodb:BatchGetItem"], resources = [aws_dynamodb_table.idempotency_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    ReleaseStockFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.payments_ledger_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    MarkOrderFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.payments_ledger_table.arn] },
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
    ]
    FindCustomersFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.customers_table.arn] },
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.customers_table.arn}/index/PhoneIndex"] },
    ]
    GetCustomerOrdersFunction = [
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.customers_table.arn] },
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/CustomerEmailIndex"] },
    ]
    ExportCustomersFunction = [
      { actions = ["dynamodb:Scan"], resources = [aws_dynamodb_table.customers_table.arn] },
    ]
    EraseCustomerFunction = [
      { actions = ["dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.customers_table.arn] },
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/CustomerEmailIndex"] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    # No Scan: the dashboard reads the daily totals and indexes only.
    GetDashboardFunction = [
      { actions = ["dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:PutItem"], resources = [aws_dynamodb_table.daily_totals_table.arn] },
      { actions = ["dynamodb:BatchGetItem", "dynamodb:GetItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/DayIndex", "${aws_dynamodb_table.orders_table.arn}/index/StatusIndex"] },
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    ListAttentionFunction = [
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/StatusIndex"] },
      { actions = ["dynamodb:GetItem"], resources = [aws_dynamodb_table.orders_table.arn] },
    ]
    ReconcileReservationsFunction = [
      # ADR 0052: pushes the change it wrote itself (subscribers by key, posts, a gone connection forgotten)
      { actions = ["dynamodb:BatchGetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["execute-api:ManageConnections"], resources = [local.push_post_to_connections_arn] },
      { actions = ["dynamodb:Scan", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.inventory_table.arn] },
      # Orders stored but never started (ADR 0018): found on StatusIndex, taken with the start lease, started.
      { actions = ["dynamodb:GetItem", "dynamodb:UpdateItem"], resources = [aws_dynamodb_table.orders_table.arn] },
      { actions = ["dynamodb:Query"], resources = ["${aws_dynamodb_table.orders_table.arn}/index/StatusIndex"] },
      { actions = ["states:StartExecution"], resources = [aws_sfn_state_machine.order_workflow.arn] },
      { actions = ["sqs:SendMessage"], resources = [aws_sqs_queue.failed_invocations_queue.arn] },
    ]
    PushConnectFunction = [
      { actions = ["dynamodb:PutItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      # h-v: joins the user's topic (user#<sub>)
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
    ]
    PushDisconnectFunction = [
      { actions = ["dynamodb:DeleteItem"], resources = [aws_dynamodb_table.push_connections_table.arn] },
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_subscriptions_table.arn] },
    ]
    PushDefaultFunction = [
      { actions = ["dynamodb:UpdateItem"], resources = [aws_dynamodb_table.push_connections_table.arn, aws_dynamodb_table.push_subscriptions_table.arn] },
    ]
  }
}

data "aws_iam_policy_document" "lambda_assume_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  for_each           = local.functions
  name               = "${var.stack_name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume_role.json
}

data "aws_iam_policy_document" "function" {
  for_each = local.function_policies

  dynamic "statement" {
    for_each = each.value
    content {
      effect    = "Allow"
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = local.function_policies
  name     = "${each.key}-policy"
  role     = aws_iam_role.function[each.key].id
  policy   = data.aws_iam_policy_document.function[each.key].json
}

# SAM adds these two to every function role: CloudWatch Logs, and X-Ray because Tracing is Active.
resource "aws_iam_role_policy_attachment" "function_logs" {
  for_each   = local.functions
  role       = aws_iam_role.function[each.key].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy_attachment" "function_xray" {
  for_each   = local.functions
  role       = aws_iam_role.function[each.key].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AWSXrayWriteOnlyAccess"
}

resource "aws_lambda_function" "function" {
  for_each         = local.functions
  function_name    = "${var.stack_name}-${each.key}"
  description      = each.value.description
  role             = aws_iam_role.function[each.key].arn
  filename         = local.lambda_artifact
  source_code_hash = filebase64sha256(local.lambda_artifact)
  handler          = each.value.handler
  runtime          = local.function_defaults.runtime
  architectures    = local.function_defaults.architectures
  memory_size      = try(each.value.memory_size, local.function_defaults.memory_size)
  timeout          = try(each.value.timeout, local.function_defaults.timeout)
  publish          = true

  environment {
    variables = merge(local.function_environment, each.value.environment)
  }

  tracing_config {
    mode = "Active"
  }

  snap_start {
    apply_on = "PublishedVersions"
  }

  # h-c: levels as the template's Globals (ADR 0044-graviton-and-platform-log-lines)
  logging_config {
    log_format            = "JSON"
    application_log_level = "INFO"
    system_log_level      = "WARN"
  }

  # A function must not start before its grants exist (SAM orders them the same way).
  depends_on = [aws_iam_role_policy_attachment.function_logs, aws_iam_role_policy_attachment.function_xray]
}

resource "aws_lambda_alias" "live" {
  for_each         = local.functions
  name             = "live"
  function_name    = aws_lambda_function.function[each.key].function_name
  function_version = aws_lambda_function.function[each.key].version
}

resource "aws_lambda_function_event_invoke_config" "function" {
  for_each                     = { for name, fn in local.functions : name => fn if try(fn.async_failures_to_queue, false) }
  function_name                = aws_lambda_function.function[each.key].function_name
  qualifier                    = aws_lambda_alias.live[each.key].name
  maximum_retry_attempts       = try(each.value.async_retries, 2)
  maximum_event_age_in_seconds = try(each.value.async_max_event_age, 3600)

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failed_invocations_queue.arn
    }
  }
}
