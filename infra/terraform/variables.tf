variable "region" {
  description = "AWS Region for the whole stack."
  type        = string
  default     = "eu-west-1"
}

variable "stack_name" {
  description = "Prefix of every resource name (the role of the CloudFormation stack name)."
  type        = string
  default     = "order-desk"
}

variable "sender_email" {
  description = "Verified SES identity that sends receipts (the template's SenderEmail)."
  type        = string
  default     = "receipts@orderdesk.example"
}

variable "receipt_url_ttl_seconds" {
  description = "Lifetime of presigned receipt URLs (the template's ReceiptUrlTtlSeconds)."
  type        = number
  default     = 300
}

variable "support_refund_limit" {
  description = "Largest refund (in cents) support may make at a time; above it only managers (the template's SupportRefundLimit)."
  type        = number
  default     = 5000

  validation {
    condition     = var.support_refund_limit >= 0
    error_message = "support_refund_limit must be 0 or more cents."
  }
}

variable "store_time_zone" {
  description = "The store's IANA time zone; decides which day an order belongs to and the dates on receipts and in the desk (the template's StoreTimeZone, ADR 0080)."
  type        = string
  default     = "UTC"

  validation {
    # The template's AllowedPattern (CloudFormation matches it whole; anchored here).
    condition     = can(regex("^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$", var.store_time_zone))
    error_message = "store_time_zone must be an IANA time zone such as Europe/Berlin or UTC."
  }
}

variable "store_country_calling_code" {
  description = "Calling code of the store's country, for phone numbers written without one (the template's StoreCountryCallingCode)."
  type        = string
  default     = "1"

  validation {
    condition     = can(regex("^[1-9][0-9]{0,2}$", var.store_country_calling_code))
    error_message = "A calling code is 1 to 3 digits, not starting with 0."
  }
}

variable "lambda_artifact" {
  description = "The Lambda deployment artifact, relative to this folder: the file the template's Globals CodeUri names. Build it with ./mvnw package first."
  type        = string
  default     = "../../backend-lambdas/target/backend-lambdas-lambda.zip"
}
