resource "aws_api_gateway_method" "open_get" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "r1s2t3"
  http_method   = "GET"
  authorization = "NONE" # expect: api-gateway-method-requires-authorization
}

locals {
  open_methods = ["POST", "DELETE"]
}

resource "aws_api_gateway_method" "open_writes" {
  for_each         = toset(local.open_methods)
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "r1s2t3"
  http_method      = each.key
  authorization    = "NONE" # expect: api-gateway-method-requires-authorization
  api_key_required = false
}
