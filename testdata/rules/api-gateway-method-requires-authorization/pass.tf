resource "aws_api_gateway_method" "iam" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "r1s2t3"
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "cognito" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "r1s2t3"
  http_method   = "PUT"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "abc123"
}

resource "aws_api_gateway_method" "api_key" {
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "r1s2t3"
  http_method      = "POST"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_method" "cors_preflight" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "r1s2t3"
  http_method   = "options"
  authorization = "NONE"
}
