resource "aws_lambda_function_url" "signed" {
  function_name      = "internal-api"
  authorization_type = "AWS_IAM"
}

variable "url_auth" {
  type = string
}

resource "aws_lambda_function_url" "chosen_by_caller" {
  function_name      = "internal-api"
  qualifier          = "live"
  authorization_type = var.url_auth
}

resource "aws_lambda_function_url" "disabled" {
  count              = 0
  function_name      = "webhook"
  authorization_type = "NONE"
}
