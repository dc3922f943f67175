# ---------- Identity: the template's UserPool, UserPoolClient and groups ----------

resource "aws_cognito_user_pool" "user_pool" {
  name                     = "order-desk-users"
  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]

  admin_create_user_config {
    allow_admin_create_user_only = true
  }

  password_policy {
    minimum_length    = 12
    require_lowercase = true
    require_uppercase = true
    require_numbers   = true
    require_symbols   = false
  }
}

resource "aws_cognito_user_pool_client" "user_pool_client" {
  name                          = "order-desk-desktop"
  user_pool_id                  = aws_cognito_user_pool.user_pool.id
  generate_secret               = false
  explicit_auth_flows           = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  access_token_validity         = 60
  id_token_validity             = 60
  refresh_token_validity        = 12

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "hours"
  }
}

resource "aws_cognito_user_group" "staff_group" {
  name         = "staff"
  description  = "Take phone orders."
  user_pool_id = aws_cognito_user_pool.user_pool.id
}

resource "aws_cognito_user_group" "managers_group" {
  name         = "managers"
  description  = "Adjust stock, cancel orders, everything staff can do."
  user_pool_id = aws_cognito_user_pool.user_pool.id
}

resource "aws_cognito_user_group" "support_group" {
  name         = "support"
  description  = "Find orders, reprint and resend receipts."
  user_pool_id = aws_cognito_user_pool.user_pool.id
}
