# The same names as the template's Outputs. The desktop app imports `terraform output -json`
# (the sign-in window's "Import stack outputs…") as it imports the stack's outputs.

output "Region" {
  value = data.aws_region.current.region
}

output "ApiUrl" {
  value = aws_api_gateway_stage.v1.invoke_url
}

output "UserPoolId" {
  value = aws_cognito_user_pool.user_pool.id
}

output "UserPoolClientId" {
  value = aws_cognito_user_pool_client.user_pool_client.id
}

output "OrderWorkflowArn" {
  value = aws_sfn_state_machine.order_workflow.arn
}

output "ReceiptsBucketName" {
  value = aws_s3_bucket.receipts_bucket.bucket
}
