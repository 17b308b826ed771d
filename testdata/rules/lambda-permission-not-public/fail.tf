resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "*" # expect: lambda-permission-not-public
}

variable "invoker" {
  type    = string
  default = "*"
}

resource "aws_lambda_permission" "from_variable_default" {
  for_each      = toset(["live", "beta"])
  statement_id  = "AllowInvoker"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  qualifier     = each.key
  principal     = var.invoker # expect: lambda-permission-not-public
}

# A function URL with IAM auth still lets any AWS account's signed requests through.
resource "aws_lambda_permission" "url_any_account" {
  statement_id           = "AllowUrlAnyAccount"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = "orders"
  principal              = "*" # expect: lambda-permission-not-public
  function_url_auth_type = "AWS_IAM"
}
