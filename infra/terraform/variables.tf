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

variable "lambda_artifact" {
  description = "The Lambda deployment artifact, relative to this folder: the file the template's Globals CodeUri names. Build it with ./mvnw package first."
  type        = string
  default     = "../../backend-lambdas/target/backend-lambdas-lambda.zip"
}
