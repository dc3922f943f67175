# ---------- Data: the template's tables and the receipts bucket ----------
# Every data store is retained: deletion protection in AWS and prevent_destroy in Terraform (the
# template's DeletionPolicy/UpdateReplacePolicy Retain). Removing a table from here makes `terraform
# plan` fail rather than delete orders.

resource "aws_dynamodb_table" "inventory_table" {
  name                        = "${var.stack_name}-inventory"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "productId"
  deletion_protection_enabled = true

  attribute {
    name = "productId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_dynamodb_table" "orders_table" {
  name                        = "${var.stack_name}-orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "orderId"
  deletion_protection_enabled = true

  attribute {
    name = "orderId"
    type = "S"
  }
  attribute {
    name = "orderNumber"
    type = "S"
  }
  attribute {
    name = "customerEmail"
    type = "S"
  }
  attribute {
    name = "customerPhone"
    type = "S"
  }
  attribute {
    name = "createdAt"
    type = "S"
  }
  attribute {
    name = "status"
    type = "S"
  }

  global_secondary_index {
    name            = "OrderNumberIndex"
    hash_key        = "orderNumber"
    projection_type = "ALL"
  }
  global_secondary_index {
    name            = "CustomerEmailIndex"
    hash_key        = "customerEmail"
    range_key       = "createdAt"
    projection_type = "ALL"
  }
  global_secondary_index {
    name            = "CustomerPhoneIndex"
    hash_key        = "customerPhone"
    range_key       = "createdAt"
    projection_type = "ALL"
  }
  # GET /orders?status=…: newest first per status.
  global_secondary_index {
    name            = "StatusIndex"
    hash_key        = "status"
    range_key       = "createdAt"
    projection_type = "ALL"
  }
  attribute {
    name = "orderDay"
    type = "S"
  }
  # GET /orders (today, or ?day=): the store day's orders newest first.
  global_secondary_index {
    name            = "DayIndex"
    hash_key        = "orderDay"
    range_key       = "createdAt"
    projection_type = "ALL"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_dynamodb_table" "stock_movements_table" {
  name                        = "${var.stack_name}-stock-movements"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "productId"
  range_key                   = "movementId"
  deletion_protection_enabled = true

  attribute {
    name = "productId"
    type = "S"
  }
  attribute {
    name = "movementId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_dynamodb_table" "idempotency_table" {
  name                        = "${var.stack_name}-idempotency"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  deletion_protection_enabled = true

  attribute {
    name = "pk"
    type = "S"
  }

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

resource "aws_dynamodb_table" "payments_ledger_table" {
  name                        = "${var.stack_name}-payments-ledger"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  deletion_protection_enabled = true

  attribute {
    name = "pk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

# ---------- Receipts ----------

resource "aws_s3_bucket" "receipts_bucket" {
  bucket_prefix = "${var.stack_name}-receipts-"

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_public_access_block" "receipts_bucket" {
  bucket                  = aws_s3_bucket.receipts_bucket.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "receipts_bucket" {
  bucket = aws_s3_bucket.receipts_bucket.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_ownership_controls" "receipts_bucket" {
  bucket = aws_s3_bucket.receipts_bucket.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "receipts_bucket" {
  bucket = aws_s3_bucket.receipts_bucket.id

  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "receipts_bucket_policy" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.receipts_bucket.arn,
      "${aws_s3_bucket.receipts_bucket.arn}/*",
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "receipts_bucket_policy" {
  bucket = aws_s3_bucket.receipts_bucket.id
  policy = data.aws_iam_policy_document.receipts_bucket_policy.json

  # The public access block first, so the bucket is never briefly open to a public policy.
  depends_on = [aws_s3_bucket_public_access_block.receipts_bucket]
}

# Customer directory (the template's CustomersTable): keyed by an id derived from the email, PhoneIndex by E.164 phone.
resource "aws_dynamodb_table" "customers_table" {
  name                        = "${var.stack_name}-customers"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "customerId"
  deletion_protection_enabled = true

  attribute {
    name = "customerId"
    type = "S"
  }
  attribute {
    name = "phone"
    type = "S"
  }
  attribute {
    name = "lastOrderAt"
    type = "S"
  }

  global_secondary_index {
    name            = "PhoneIndex"
    hash_key        = "phone"
    range_key       = "lastOrderAt"
    projection_type = "ALL"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

# The dashboard's counters (the template's DailyTotalsTable): one item per store day.
resource "aws_dynamodb_table" "daily_totals_table" {
  name                        = "${var.stack_name}-daily-totals"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  range_key                   = "sk"
  deletion_protection_enabled = true

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "sk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}
