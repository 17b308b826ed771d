resource "aws_lambda_function_url" "webhook" {
  function_name      = "webhook"
  authorization_type = "NONE" # expect: lambda-function-url-requires-auth
}

locals {
  public_functions = { hooks = "NONE", status = "NONE" }
}

resource "aws_lambda_function_url" "per_function" {
  for_each           = local.public_functions
  function_name      = each.key
  authorization_type = each.value # expect: lambda-function-url-requires-auth
  cors {
    allow_origins = ["*"]
  }
}
